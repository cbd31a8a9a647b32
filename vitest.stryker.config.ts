import { defineConfig } from 'vitest/config';
import { ruleBook } from './scripts/rule-book.ts';

// Stryker runs the calculator unit tests only: pure TypeScript, no Svelte plugin, no component
// project, and not the help finder (its owner adds it to the mutation run later).
export default defineConfig({
	plugins: [ruleBook()],
	test: {
		environment: 'node',
		// Fewer fast-check runs per property: each mutant reruns them.
		env: { FC_NUM_RUNS: '25' },
		include: ['src/lib/calc/**/*.test.ts'],
		exclude: ['src/lib/calc/finder/**', 'node_modules/**']
	}
});

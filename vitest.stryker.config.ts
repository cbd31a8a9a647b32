import { defineConfig } from 'vitest/config';

// Stryker runs the calculator unit tests only, the help finder's included: pure TypeScript, no
// Svelte plugin, no component project.
export default defineConfig({
	test: {
		environment: 'node',
		// Fewer fast-check runs per property: each mutant reruns them.
		env: { FC_NUM_RUNS: '25' },
		include: ['src/lib/calc/**/*.test.ts'],
		exclude: ['node_modules/**']
	}
});

import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig(({ command }) => ({
	plugins: [
		// Builds, tests and type checks use the catalogue compiled by scripts/i18n.mjs: the plugin keeps
		// Node alive for ~30 s after a build or a Vitest run. In `vite dev` it recompiles on each edit.
		command === 'serve' &&
			!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				// The locale always comes from the URL segment or a widget's `lang` prop and is passed to
				// each message explicitly, so the runtime never guesses it from cookies or storage.
				strategy: ['baseLocale'],
				emitGitIgnore: false,
				emitPrettierIgnore: false
			}),
		sveltekit()
	],
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: [
						'src/lib/calc/**/*.test.ts',
						'src/lib/i18n/**/*.test.ts',
						'src/lib/site/**/*.test.ts',
						'src/lib/session/**/*.test.ts',
						'tests/unit/**/*.test.ts',
						'tests/server/**/*.test.ts'
					],
					benchmark: { include: ['src/lib/calc/**/*.bench.ts'] }
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/lib/widgets/**/*.test.ts', 'tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
}));

import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { ruleBook } from './scripts/rule-book.ts';
import { directoryPlugin } from './src/lib/data/services.ts';

/**
 * `vite dev` serves the calculator pages' scripts (/islands/{lang}/<id>.js, built by
 * scripts/build-islands.mjs for production) from their sources: the request becomes
 * src/lib/islands/<id>.ts?lang={lang}, a module of its own per language, with the language the
 * build defines (__AID_LANG__) written in. Vite transforms it like any other module, so the page
 * hot-reloads when a widget changes.
 */
function devIslands(): Plugin {
	const REQUEST = /^\/islands\/(nl|fr|en)\/([a-z-]+)\.js(?:\?.*)?$/;
	const MODULE = /\/src\/lib\/islands\/[a-z-]+\.ts\?lang=(nl|fr|en)$/;
	return {
		name: 'aid-dev-islands',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use((request, _response, next) => {
				const match = REQUEST.exec(request.url ?? '');
				if (match) request.url = `/src/lib/islands/${match[2]}.ts?lang=${match[1]}`;
				next();
			});
		},
		transform(code, id) {
			const lang = MODULE.exec(id)?.[1];
			return lang ? code.replaceAll('__AID_LANG__', JSON.stringify(lang)) : null;
		}
	};
}

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
				// As scripts/i18n.mjs compiles it (Paraglide's per-locale build, for the one-language
				// builds), so that dev and build compile the same runtime.
				experimentalStaticLocale: '/** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__',
				emitGitIgnore: false,
				emitPrettierIgnore: false
			}),
		// The rule book's data files (data/*.yaml), compiled into modules at build time.
		ruleBook(),
		!process.env.VITEST && devIslands(),
		// The service directory, from data/services/ (every language: the site prerenders all three).
		directoryPlugin(),
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
					testTimeout: 30_000,
					environment: 'node',
					include: [
						'src/lib/calc/**/*.test.ts',
						'src/lib/i18n/**/*.test.ts',
						'src/lib/site/**/*.test.ts',
						'src/lib/session/**/*.test.ts',
						'tests/unit/**/*.test.ts',
						'tests/server/**/*.test.ts'
					]
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					// npm test runs Vitest on one core beside the browser tests: a widget test in jsdom can
					// take over 5 s there without hanging.
					testTimeout: 30_000,
					include: ['src/lib/widgets/**/*.test.ts', 'tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
}));

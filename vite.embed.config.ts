// The embeddable widgets: builds after the site's, from the same Svelte widgets, into build/embed/.
// One config, a build per mode; scripts/build-embed.mjs runs the embed's (part of `npm run build`)
// and writes manifest.json:
//   --mode shared    loader.js (the script partners load), frame.js (iframe resizing, for the partner
//                    page), and the widgets' styles as CSS files: styles/base.css (tokens, widgets,
//                    embed) and styles/<widget>.css;
//   --mode framed    framed.js, the iframe pages' script (on its own: it shares code with loader.js,
//                    which must stay one file, the one partners pin with its integrity hash);
//   --mode nl|fr|en  {lang}/aid-<widget>.js per widget and {lang}/runtime.js (the code they share),
//                    with that language's messages only;
//   --mode islands-nl|islands-fr|islands-en  the calculator pages' scripts, into build/islands/{lang}/
//                    (scripts/build-islands.mjs runs these, before the embed).
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { LANGS, isLang } from './src/lib/i18n/lang.ts';
import { EMBEDDED_WIDGETS } from './src/lib/embed/widgets.ts';
import { ISLAND_MODULES, ISLAND_PAGES } from './src/lib/site/calculators.ts';
import { ruleBook } from './scripts/rule-book.ts';
import { directoryPlugin } from './src/lib/data/services.ts';

const OUT_DIR = resolve('build/embed');

const common: UserConfig = {
	publicDir: false,
	logLevel: 'warn',
	build: {
		outDir: OUT_DIR,
		// The site's build (same folder, under /embed/) and the other embed builds are there: keep them.
		emptyOutDir: false,
		target: 'es2022',
		modulePreload: false,
		copyPublicDir: false,
		reportCompressedSize: false,
		// Terser, three passes: less than Vite's default minifier on a widget's
		// files, which every partner page and calculator page downloads (measured on fr/meal-cost).
		minify: 'terser',
		terserOptions: { module: true, ecma: 2020, compress: { passes: 3 } }
	}
};

/** loader.js, frame.js and the stylesheets (or framed.js alone): the same for every language. */
function sharedConfig(mode: 'shared' | 'framed'): UserConfig {
	const sheets = Object.fromEntries(
		EMBEDDED_WIDGETS.map((name) => [`styles/${name}`, `src/lib/widgets/styles/${name}.css`])
	);
	return {
		...common,
		build: {
			...common.build,
			// Each CSS entry is its own file, minified as the site's CSS is.
			cssCodeSplit: true,
			rolldownOptions: {
				input:
					mode === 'framed'
						? { framed: 'src/lib/embed/framed.ts' }
						: {
								loader: 'src/lib/embed/loader.ts',
								frame: 'src/lib/embed/frame.ts',
								'styles/base': 'src/lib/embed/base.css',
								...sheets
							},
				preserveEntrySignatures: false,
				output: {
					format: 'es',
					entryFileNames: '[name].js',
					assetFileNames: '[name][extname]'
				}
			}
		}
	};
}

/** What every one-language build shares: the static locale, and Svelte emitting no CSS. */
function oneLanguage(lang: (typeof LANGS)[number]): Pick<UserConfig, 'define' | 'plugins'> {
	return {
		// Paraglide's per-locale build (scripts/i18n.mjs compiles the messages with this expression as
		// their static locale): every message then keeps only this language's text, and the runtime's
		// locale detection (cookies, storage, the URL: not ours to read on a partner's page) is dead
		// code the minifier drops. __AID_LANG__ is the island's own language (src/lib/islands/).
		define: {
			'globalThis.__PARAGLIDE_STATIC_LOCALE__': JSON.stringify(lang),
			__AID_LANG__: JSON.stringify(lang)
		},
		// The widgets' styles are linked from CSS files (styles/, or the site's own); Svelte must emit
		// no CSS at all, because injected <style> elements are inline styles under a partner's CSP.
		plugins: [
			svelte({
				configFile: false,
				preprocess: vitePreprocess(),
				emitCss: false,
				// No `window.__svelte` version marker on partners' pages.
				compilerOptions: { css: 'external', runes: true, discloseVersion: false }
			}),
			// The rule book's words in this language only (page titles, venue names).
			ruleBook({ lang }),
			// The service directory in this language only.
			directoryPlugin({ lang })
		]
	};
}

/**
 * The calculator pages' scripts in one language (src/lib/islands/, run by
 * scripts/build-islands.mjs): build/islands/{lang}/<widget>.js, each hydrating its prerendered widget.
 */
function islandsConfig(lang: (typeof LANGS)[number]): UserConfig {
	const languageSetup = oneLanguage(lang);
	return {
		...common,
		...languageSetup,
		build: {
			...common.build,
			outDir: resolve('build/islands'),
			cssCodeSplit: false,
			rolldownOptions: {
				// One per island page of the site's registry (src/lib/islands/<id>.ts), the embed
				// configurator's page (src/lib/islands/configurator.ts), and the modules islands load.
				input: {
					...Object.fromEntries(ISLAND_PAGES.map((id) => [id, `src/lib/islands/${id}.ts`])),
					configurator: 'src/lib/islands/configurator.ts',
					...Object.fromEntries(
						Object.entries(ISLAND_MODULES).map(([id, file]) => [id, `src/lib/islands/${file}`])
					)
				},
				// The modules that islands import at run time keep their exports.
				preserveEntrySignatures: 'exports-only',
				output: {
					format: 'es',
					entryFileNames: `${lang}/[name].js`,
					chunkFileNames: `${lang}/chunks/[name]-[hash].js`
				}
			}
		}
	};
}

/** The widgets in one language: {lang}/aid-<widget>.js and {lang}/runtime.js. */
function languageConfig(lang: (typeof LANGS)[number]): UserConfig {
	return {
		...common,
		...oneLanguage(lang),
		build: {
			...common.build,
			cssCodeSplit: false,
			rolldownOptions: {
				input: Object.fromEntries(
					EMBEDDED_WIDGETS.map((name) => [`aid-${name}`, `src/lib/embed/${name}/start.ts`])
				),
				// Each file exports its start function and attribute names, for the loader.
				preserveEntrySignatures: 'exports-only',
				output: {
					format: 'es',
					entryFileNames: `${lang}/[name].js`,
					// The runtime keeps one name from release to release ({lang}/runtime.js), so that
					// loader.js can request it beside the widget instead of after it (one round trip
					// less on a partner page); scripts/build-embed.mjs checks that it is the only chunk.
					chunkFileNames: (chunk) =>
						chunk.name === 'runtime' ? `${lang}/runtime.js` : `${lang}/chunks/[name]-[hash].js`,
					// Whatever two or more widgets share (Svelte, zod/mini, money, the widget
					// toolkit, the start code) goes into one runtime chunk: a widget is then three
					// requests (loader, widget, runtime), and a second widget adds only its own file.
					codeSplitting: { groups: [{ name: 'runtime', minShareCount: 2 }] }
				}
			}
		}
	};
}

export default defineConfig(({ mode }) => {
	if (mode === 'shared' || mode === 'framed') return sharedConfig(mode);
	if (isLang(mode)) return languageConfig(mode);
	const islands = /^islands-(.+)$/.exec(mode)?.[1];
	if (isLang(islands)) return islandsConfig(islands);
	throw new Error(
		`vite.embed.config.ts: mode "${mode}" is not shared, framed, ${LANGS.join(', ')} or ` +
			`islands-<lang>; ` +
			'build the widgets with `node scripts/build-embed.mjs`'
	);
});

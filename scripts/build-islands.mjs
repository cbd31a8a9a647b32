// Builds the calculator pages' scripts ("islands"), once per language: build/islands/{lang}/{widget}.js
// and its chunks. The calculator pages are prerendered without SvelteKit's client; each page loads
// only its own widget in its own language (see src/lib/islands/island.ts). Also writes
// build/islands/manifest.json, the list of files the service worker caches for offline use.
// Usage: node scripts/build-islands.mjs   (part of `npm run build`, after `vite build`)
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';

const LANGS = ['nl', 'fr', 'en'];
const WIDGETS = ['savings-loan', 'meal-cost', 'food-package'];
const OUT = resolve('build/islands');
const PARAGLIDE_RUNTIME = resolve('src/lib/paraglide/runtime.js');

/** Compiled messages import Paraglide's runtime: give them the one-language stand-in instead. */
const oneLanguageRuntime = {
	name: 'aid-islands-paraglide-runtime',
	enforce: 'pre',
	async resolveId(source, importer, options) {
		if (!importer || !source.endsWith('runtime.js')) return null;
		const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
		return resolved?.id === PARAGLIDE_RUNTIME
			? resolve('src/lib/islands/paraglide-runtime.ts')
			: null;
	}
};

for (const lang of LANGS) {
	await build({
		configFile: false,
		logLevel: 'warn',
		publicDir: false,
		define: { __AID_LANG__: JSON.stringify(lang) },
		plugins: [
			svelte({
				configFile: false,
				preprocess: vitePreprocess(),
				// The site's pages load the widgets' CSS from the layout; the islands carry none.
				emitCss: false,
				compilerOptions: { css: 'external', runes: true }
			}),
			oneLanguageRuntime
		],
		build: {
			outDir: join(OUT, lang),
			emptyOutDir: true,
			target: 'es2022',
			modulePreload: false,
			copyPublicDir: false,
			reportCompressedSize: false,
			rolldownOptions: {
				input: Object.fromEntries(WIDGETS.map((w) => [w, `src/lib/islands/${w}.ts`])),
				preserveEntrySignatures: false,
				output: {
					format: 'es',
					entryFileNames: '[name].js',
					chunkFileNames: 'chunks/[name]-[hash].js'
				}
			}
		}
	});
}

function filesUnder(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}
const files = filesUnder(OUT)
	.filter((file) => file.endsWith('.js'))
	.map((file) => `/islands/${relative(OUT, file).replace(/\\/g, '/')}`)
	.sort();
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify({ files }, null, '\t')}\n`);
console.log(`Islands: ${files.length} files in build/islands/`);

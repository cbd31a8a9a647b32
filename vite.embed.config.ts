// The embeddable widgets: a second Vite build, after the site's, from the same Svelte widgets.
// It writes build/embed/: loader.js (the script partners load), one aid-<widget>.js per widget,
// frame.js (iframe resizing, for the partner page), framed.js (the iframe pages' script), the shared
// code under chunks/, and manifest.json (each file's size and Subresource Integrity hash).
// Usage: vite build --config vite.embed.config.ts   (part of `npm run build`)
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { EMBEDDED_WIDGETS } from './src/lib/embed/widgets.ts';

const OUT_DIR = resolve('build/embed');

/** Each built file's size, gzipped size, static imports and SRI hash, for the configurator and size check. */
function embedManifest(): Plugin {
	return {
		name: 'aid-embed-manifest',
		apply: 'build',
		writeBundle(options, bundle) {
			const dir = options.dir ?? OUT_DIR;
			const files: Record<string, unknown> = {};
			for (const [fileName, output] of Object.entries(bundle)) {
				if (output.type !== 'chunk') continue;
				const code = readFileSync(join(dir, fileName));
				files[fileName] = {
					entry: output.isEntry ? output.name : null,
					bytes: code.length,
					gzip: gzipSync(code, { level: 9 }).length,
					imports: output.imports,
					integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`
				};
			}
			const manifest = { widgets: [...EMBEDDED_WIDGETS], files };
			writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
		}
	};
}

/** The compiled messages' runtime, replaced by src/lib/embed/paraglide-runtime.ts (see there why). */
function paraglideRuntime(): Plugin {
	const runtime = resolve('src/lib/paraglide/runtime.js');
	return {
		name: 'aid-embed-paraglide-runtime',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!importer || !source.endsWith('runtime.js')) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved?.id === runtime ? resolve('src/lib/embed/paraglide-runtime.ts') : null;
		}
	};
}

export default defineConfig({
	// The widgets' styles are adopted from plain CSS files (?inline); Svelte must emit no CSS at all,
	// because injected <style> elements are inline styles under a partner's CSP.
	plugins: [
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			emitCss: false,
			compilerOptions: { css: 'external', runes: true }
		}),
		embedManifest(),
		paraglideRuntime()
	],
	publicDir: false,
	logLevel: 'warn',
	build: {
		outDir: OUT_DIR,
		// The site's build (same folder, under /embed/) is already there: keep it.
		emptyOutDir: false,
		target: 'es2022',
		modulePreload: false,
		cssCodeSplit: false,
		copyPublicDir: false,
		reportCompressedSize: false,
		rolldownOptions: {
			input: {
				loader: 'src/lib/embed/loader.ts',
				frame: 'src/lib/embed/frame.ts',
				framed: 'src/lib/embed/framed.ts',
				...Object.fromEntries(
					EMBEDDED_WIDGETS.map((name) => [`aid-${name}`, `src/lib/embed/${name}/element.ts`])
				)
			},
			preserveEntrySignatures: false,
			output: {
				format: 'es',
				entryFileNames: '[name].js',
				chunkFileNames: 'chunks/[name]-[hash].js',
				// Whatever two or more entries share (Svelte, big.js, zod/mini, the widget toolkit,
				// the element wrapper) goes into one runtime chunk: a widget is then three requests
				// (loader, widget, runtime), and a second widget on the page adds only its own file.
				codeSplitting: { groups: [{ name: 'runtime', minShareCount: 2 }] }
			}
		}
	}
});

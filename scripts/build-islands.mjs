// Builds the calculator pages' scripts ("islands"), once per language, with vite.embed.config.ts
// (modes islands-<lang>): build/islands/{lang}/<widget>.js and {lang}/chunks/. The calculator pages
// are prerendered without SvelteKit's client; each loads only its own widget in its own language
// (src/lib/islands/island.ts). Then writes build/islands/manifest.json (the islands' files), adds to
// each calculator page a modulepreload link for every script its island imports, and writes
// build/offline.json, what the service worker keeps per language (scripts/offline-manifest.mjs).
// Usage: node scripts/build-islands.mjs   (part of `npm run build`, after `vite build`)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { preloadIslands, writeOfflineManifest } from './offline-manifest.mjs';

const OUT = resolve('build/islands');
const CONFIG = resolve('vite.embed.config.ts');
const LANGS = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')).locales;

rmSync(OUT, { recursive: true, force: true });
const files = [];
for (const lang of LANGS) {
	const result = await build({ configFile: CONFIG, mode: `islands-${lang}` });
	for (const output of Array.isArray(result) ? result : [result]) {
		for (const item of output.output)
			if (item.type === 'chunk') files.push(`/islands/${item.fileName}`);
	}
}
files.sort();
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify({ files }, null, '\t')}\n`);
console.log(`Islands: ${files.length} files in build/islands/ (${LANGS.join(', ')})`);
// Every island page (calculators, finder, session, configurator) in every language loads its island:
// each must have its preload links.
const ISLAND_KINDS = new Set(['calculator', 'finder', 'session', 'embed']);
const pages = JSON.parse(readFileSync(resolve('build/pages.json'), 'utf8'));
const islandPages = pages
	.filter((page) => ISLAND_KINDS.has(page.kind))
	.reduce((sum, page) => sum + page.paths.length, 0);
const preloaded = preloadIslands();
if (preloaded !== islandPages) {
	console.error(`Islands: preload links added to ${preloaded} pages, expected ${islandPages}`);
	process.exit(1);
}
const offline = writeOfflineManifest(LANGS);
console.log(
	`Islands: preload links on ${preloaded} pages; offline.json: ` +
		LANGS.map((lang) => `${lang} ${offline[lang].files.length} files`).join(', ')
);

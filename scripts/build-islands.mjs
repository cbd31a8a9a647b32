// Builds the calculator pages' scripts ("islands"), once per language, with vite.embed.config.ts
// (modes islands-<lang>): build/islands/{lang}/<widget>.js and {lang}/chunks/. The calculator pages
// are prerendered without SvelteKit's client; each loads only its own widget in its own language
// (src/lib/islands/island.ts). Then writes build/islands/manifest.json, the files the service worker
// caches for offline use.
// Usage: node scripts/build-islands.mjs   (part of `npm run build`, after `vite build`)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

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

// Builds the calculator pages' scripts ("islands"), once per language, with vite.embed.config.ts
// (modes islands-<lang>): build/islands/{lang}/<widget>.js and {lang}/chunks/. The calculator pages
// are prerendered without SvelteKit's client; each loads only its own widget in its own language
// (src/lib/islands/island.ts). Then writes build/islands/manifest.json, the files the service worker
// caches for offline use.
// Usage: node scripts/build-islands.mjs   (part of `npm run build`, after `vite build`)
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';

const OUT = resolve('build/islands');
const CONFIG = resolve('vite.embed.config.ts');
const LANGS = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')).locales;

rmSync(OUT, { recursive: true, force: true });
for (const lang of LANGS) await build({ configFile: CONFIG, mode: `islands-${lang}` });

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
console.log(`Islands: ${files.length} files in build/islands/ (${LANGS.join(', ')})`);

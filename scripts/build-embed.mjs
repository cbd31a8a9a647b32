// Builds the embeddable widgets into build/embed/ (after the site's build, which must not be
// emptied): the language-independent files (loader.js, frame.js, framed.js, styles/*.css), then the
// widgets once per language ({nl,fr,en}/aid-<widget>.js and {lang}/runtime.js), all with
// vite.embed.config.ts, and finally manifest.json: each file's size, gzipped size, static imports and
// Subresource Integrity hash, for the configurator's snippets and scripts/size.mjs.
// Usage: node scripts/build-embed.mjs   (part of `npm run build`)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const OUT_DIR = resolve('build/embed');
const CONFIG = resolve('vite.embed.config.ts');
/** The languages, in the order of src/lib/i18n/lang.ts (read from the inlang project, as i18n.mjs). */
const LANGS = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')).locales;

/** One build; its output chunks and assets, whatever the shape Vite returns. */
async function buildMode(mode) {
	const result = await build({ configFile: CONFIG, mode });
	return (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
}

const started = performance.now();
const builds = [
	[null, await buildMode('shared')],
	[null, await buildMode('framed')]
];
// The languages one after another: each build already uses both cores.
for (const lang of LANGS) builds.push([lang, await buildMode(lang)]);

const files = {};
const widgets = [];
for (const [lang, output] of builds) {
	for (const item of output) {
		const isScript = item.type === 'chunk';
		if (!isScript && !item.fileName.endsWith('.css')) continue;
		const content = readFileSync(join(OUT_DIR, item.fileName));
		if (isScript && lang === LANGS[0] && item.isEntry) widgets.push(item.name.replace(/^aid-/, ''));
		files[item.fileName] = {
			lang,
			entry: isScript && item.isEntry ? item.name : null,
			bytes: content.length,
			gzip: gzipSync(content, { level: 9 }).length,
			imports: isScript ? item.imports : [],
			integrity: `sha384-${createHash('sha384').update(content).digest('base64')}`
		};
	}
}
// Partners pin loader.js alone with its integrity hash: code it imported would not be covered.
if (files['loader.js'].imports.length > 0) {
	console.error(`loader.js must be one file, but imports ${files['loader.js'].imports.join(', ')}`);
	process.exit(1);
}
// loader.js requests {lang}/runtime.js beside the widget: a widget that imported anything else would
// cost the partner's visitors another round trip after it.
for (const lang of LANGS) {
	if (!files[`${lang}/runtime.js`]) {
		console.error(`no ${lang}/runtime.js: loader.js requests it beside every widget`);
		process.exit(1);
	}
}
for (const [file, { lang, entry, imports }] of Object.entries(files)) {
	if (lang === null || !entry) continue;
	const extra = imports.filter((imported) => imported !== `${lang}/runtime.js`);
	if (extra.length > 0) {
		console.error(`${file} may import only ${lang}/runtime.js, but imports ${extra.join(', ')}`);
		process.exit(1);
	}
}
const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
const manifest = { langs: LANGS, widgets, files: sorted };
writeFileSync(join(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
console.log(
	`Embed: ${Object.keys(files).length} files in build/embed/ (${LANGS.join(', ')}), ` +
		`${((performance.now() - started) / 1000).toFixed(1)} s`
);

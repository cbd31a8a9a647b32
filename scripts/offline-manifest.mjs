// What the service worker keeps for offline use, per language, and the calculator pages' preload links.
// Both are written after the islands are built (scripts/build-islands.mjs calls them), from the built
// files themselves, so that they list exactly what a page loads:
// - preloadIslands(): each calculator page gets a <link rel="modulepreload"> for every script its island
//   imports, so the browser requests them all within one round trip after the HTML instead of
//   discovering them one import after another;
// - writeOfflineManifest(): build/offline.json, per language, every file its pages need (the pages,
//   what they link, preload or import, their islands) with its size and gzipped size. The service
//   worker caches one language's list once a page in that language is idle (src/service-worker.ts);
//   scripts/size.mjs holds each list to the precache budget.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = resolve('build');

/** Static imports of a built ES module: `import"./x.js"`, `from"./x.js"` (not dynamic import()). */
function staticImports(file) {
	const code = readFileSync(file, 'utf8');
	return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map(([, path]) =>
		resolve(dirname(file), path)
	);
}

/** A file and everything it imports statically, recursively (absolute paths). */
function closure(file, seen = new Set()) {
	if (seen.has(file) || !existsSync(file)) return seen;
	seen.add(file);
	for (const imported of staticImports(file)) closure(imported, seen);
	return seen;
}

/** The site path of a built file: build/islands/nl/x.js → /islands/nl/x.js. */
const sitePath = (file) => '/' + relative(BUILD, file).split('\\').join('/');

function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const ISLAND_SCRIPT = /<script type="module" src="(\/islands\/[a-z]+\/[a-z-]+\.js)"><\/script>/;

/**
 * Adds the modulepreload links to every page that loads an island, right before its script tag
 * (once: a page that has them already is left as it is). Returns the number of pages with an island.
 */
export function preloadIslands() {
	let changed = 0;
	for (const file of htmlFiles(BUILD)) {
		const html = readFileSync(file, 'utf8');
		const match = ISLAND_SCRIPT.exec(html);
		if (!match) continue;
		changed++;
		if (html.includes('rel="modulepreload" href="/islands/')) continue;
		const island = join(BUILD, match[1]);
		if (!existsSync(island)) throw new Error(`${sitePath(file)} loads ${match[1]}, not built`);
		const links = [...closure(island)]
			.filter((path) => path !== island)
			.map((path) => sitePath(path))
			.sort()
			.map((path) => `<link rel="modulepreload" href="${path}">`)
			.join('');
		writeFileSync(file, html.replace(match[0], links + match[0]));
	}
	return changed;
}

/** The same-origin files a page links, preloads or loads (scripts, stylesheets, icons). */
function pageAssets(htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	const found = new Set();
	const refs = [
		...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g),
		...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
		...html.matchAll(/\bimport\("([^"]+\.js)"\)/g)
	];
	for (const [, href] of refs) {
		if (/^[a-z]+:|^\/\/|^#/i.test(href)) continue; // another origin, a data: URL, an anchor
		const path = href.startsWith('/') ? join(BUILD, href) : resolve(dirname(htmlFile), href);
		if (!existsSync(path) || statSync(path).isDirectory()) continue;
		for (const file of path.endsWith('.js') ? closure(path) : [path]) found.add(file);
	}
	return found;
}

/** The page's own path: build/nl/maaltijden/index.html → /nl/maaltijden/. */
const pagePath = (htmlFile) => sitePath(htmlFile).replace(/index\.html$/, '');

/**
 * build/offline.json: { langs: { nl: { files: ["/nl/", …], bytes, gzip } } }. A language's list holds
 * its pages (/nl/…), their data files, everything they load, and the root page that picks a language.
 */
export function writeOfflineManifest(langs) {
	const langsOut = {};
	for (const lang of langs) {
		const files = new Map();
		const add = (file) => files.set(file, null);
		const pages = [join(BUILD, 'index.html'), ...htmlFiles(join(BUILD, lang))];
		for (const page of pages) {
			files.set(page, pagePath(page));
			for (const asset of pageAssets(page)) add(asset);
		}
		// The data a page in this language may fetch when the router draws it (__data.json).
		const data = (dir) =>
			readdirSync(dir).flatMap((name) => {
				const path = join(dir, name);
				return statSync(path).isDirectory() ? data(path) : name === '__data.json' ? [path] : [];
			});
		for (const file of data(join(BUILD, lang))) add(file);
		let bytes = 0;
		let gzip = 0;
		const paths = [];
		for (const [file, path] of files) {
			const content = readFileSync(file);
			bytes += content.length;
			gzip += gzipSync(content, { level: 9 }).length;
			paths.push(path ?? sitePath(file));
		}
		langsOut[lang] = { files: paths.sort(), bytes, gzip };
	}
	writeFileSync(
		join(BUILD, 'offline.json'),
		`${JSON.stringify({ langs: langsOut }, null, '\t')}\n`
	);
	return langsOut;
}

// Prints the gzipped JavaScript each built page loads (every chunk it preloads or statically
// imports, followed recursively) and fails when a page goes over its issue's budget.
// Usage: node scripts/size.mjs  (after `npm run build`)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = resolve('build');
const KB = 1024;
/** Budgets in gzipped bytes, by page kind (issue 4: 60 KB per calculator page). */
const PAGE_BUDGETS = { calculator: 60 * KB };

if (!existsSync(BUILD)) {
	console.error('No build/ folder: run `npm run build` first.');
	process.exit(1);
}

const gzipSizes = new Map();
function gzipSize(file) {
	if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
	return gzipSizes.get(file);
}

/** Static imports of an ES module chunk: `import"./x.js"`, `from"./x.js"` (not dynamic import()). */
function staticImports(file) {
	const code = readFileSync(file, 'utf8');
	const found = [];
	for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
		found.push(resolve(dirname(file), match[1]));
	}
	return found;
}

function pageScripts(htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	const start = new Set();
	const refs = [
		...html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]*rel="modulepreload"/g),
		...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
		...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
		...html.matchAll(/import\("([^"]+\.js)"\)/g)
	];
	for (const [, href] of refs) {
		start.add(href.startsWith('/') ? join(BUILD, href) : resolve(dirname(htmlFile), href));
	}
	const all = new Set();
	const queue = [...start];
	while (queue.length) {
		const file = queue.pop();
		if (all.has(file) || !existsSync(file)) continue;
		all.add(file);
		queue.push(...staticImports(file));
	}
	return [...all];
}

function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory())
			return name === '_app' || name === 'embed' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

// The page kinds come from the site's page registry, prerendered to build/pages.json.
const kindByPath = new Map();
for (const page of JSON.parse(readFileSync(join(BUILD, 'pages.json'), 'utf8'))) {
	for (const path of page.paths) kindByPath.set(path, page.kind);
}

let failed = false;
const rows = [];
for (const file of htmlFiles(BUILD).sort()) {
	const path =
		'/' +
		relative(BUILD, file)
			.replace(/index\.html$/, '')
			.replace(/\\/g, '/');
	const kind = path === '/' ? 'root' : (kindByPath.get(path) ?? 'page');
	const scripts = pageScripts(file);
	const bytes = scripts.reduce((sum, f) => sum + gzipSize(f), 0);
	const budget = PAGE_BUDGETS[kind];
	const over = budget !== undefined && bytes > budget;
	failed ||= over;
	rows.push({
		page: path,
		kind,
		chunks: scripts.length,
		'JS gzip (KB)': (bytes / KB).toFixed(1),
		budget: budget ? `${budget / KB} KB${over ? ' OVER' : ''}` : '-'
	});
}
console.table(rows);
if (failed) console.error('Over budget: see the rows marked OVER.');

// The embeddable widgets (issue 7), from build/embed/manifest.json (written by the embed build):
// the loader alone; the loader, the shared runtime and the largest widget (what a partner page with
// one widget downloads); and what each further widget adds once another one is on the page (the
// worst case over every widget that could have come first).
const EMBED_BUDGETS = { loader: 3 * KB, first: 40 * KB, further: 10 * KB };
const embedManifestFile = join(BUILD, 'embed', 'manifest.json');
if (!existsSync(embedManifestFile)) {
	console.error('No build/embed/manifest.json: run `npm run build` (it builds the widgets too).');
	process.exit(1);
}
const embed = JSON.parse(readFileSync(embedManifestFile, 'utf8'));
/** A file and everything it imports statically, recursively. */
function embedClosure(file, seen = new Set()) {
	if (seen.has(file)) return seen;
	seen.add(file);
	for (const imported of embed.files[file].imports) embedClosure(imported, seen);
	return seen;
}
const gz = (files) => [...files].reduce((sum, file) => sum + embed.files[file].gzip, 0);
const embedRows = [];
let embedFailed = false;
function embedRow(what, files, budget) {
	const bytes = gz(files);
	const over = bytes > budget;
	embedFailed ||= over;
	embedRows.push({
		what,
		files: [...files].join(' + '),
		'gzip (KB)': (bytes / KB).toFixed(1),
		budget: `${budget / KB} KB${over ? ' OVER' : ''}`
	});
}
embedRow('loader', ['loader.js'], EMBED_BUDGETS.loader);
embedRow('frame.js (iframe parent)', ['frame.js'], EMBED_BUDGETS.loader);
const closures = Object.fromEntries(
	embed.widgets.map((widget) => [widget, embedClosure(`aid-${widget}.js`)])
);
const largest = embed.widgets.reduce((a, b) => (gz(closures[a]) >= gz(closures[b]) ? a : b));
embedRow(
	`first widget (largest: ${largest})`,
	new Set(['loader.js', ...closures[largest]]),
	EMBED_BUDGETS.first
);
for (const widget of embed.widgets) {
	const worst = embed.widgets
		.filter((other) => other !== widget)
		.map((other) => [...closures[widget]].filter((file) => !closures[other].has(file)))
		.reduce((a, b) => (gz(a) >= gz(b) ? a : b), []);
	if (embed.widgets.length > 1) embedRow(`further widget: ${widget}`, worst, EMBED_BUDGETS.further);
}
console.log('Embeddable widgets (build/embed/):');
console.table(embedRows);
if (embedFailed) console.error('Embed over budget: see the rows marked OVER.');
if (failed || embedFailed) process.exit(1);

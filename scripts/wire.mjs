// Bytes on the wire, as a visitor's browser receives them: every page of the site and a partner page
// with one widget, loaded by headless Chromium through the real server (scripts/serve.mjs, which
// sends the build's precompressed files), first visit with an empty cache, everything the page
// loads until the network is quiet. Prints each page's transferred bytes (headers and compressed
// bodies, from the DevTools protocol), its gzipped JavaScript and its round trips, and fails over
// the budgets of issue 14. Needs a build (`npm run build`).
//
// Round trips: each request's initiator (DevTools) says what asked for it: the page's HTML (its
// parser, its preload links, its inline script), or another file. A file asked for by a file the
// HTML asked for is one round trip later. On a calculator page every script must come from the HTML
// itself; on a partner page the runtime, the widget and its stylesheets must come from the loader.
//
// The service worker is blocked while measuring pages (its precache would warm the HTTP cache and
// hide bytes); its first-visit download is measured on its own and reported.
// Usage: node scripts/wire.mjs [--json]   (part of `npm test`, after the build)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { sleep, startPartner, startSite, visit } from './measure.mjs';

const KB = 1024;
const BUILD = resolve('build');
/**
 * Bytes on the wire, first visit, by page kind (issue 14). The root (/) only sends a visitor on to
 * their language's home page, whose load it then includes: shown, budgeted by its JavaScript only.
 */
const PAGE_BUDGETS = {
	calculator: 64 * KB,
	home: 50 * KB,
	finder: 90 * KB,
	session: 90 * KB,
	embed: 90 * KB
};
const JS_GZIP_BUDGET = 60 * KB;
const PARTNER_BUDGETS = { first: 64 * KB, second: 2 * KB };
/** Reported only: the service worker's first-visit download is budgeted by its own test. */
const PRECACHE_NOTE = 300 * KB;

if (!existsSync(join(BUILD, 'pages.json'))) {
	console.error('No build/pages.json: run `npm run build` first.');
	process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
	console.error('No Chromium found: see scripts/chromium.mjs (npm run wire installs it as root).');
	process.exit(1);
}

const site = await startSite();
const origin = site.origin;
const partner = await startPartner(origin);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** The gzipped size of a built file as the server sends it (its .gz twin). */
function gzipSizeOf(pathname) {
	const file = join(BUILD, pathname);
	if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
	return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
}

const ours = (request) => request.url.startsWith(`${origin}/`);
const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
const kb = (bytes) => (bytes / KB).toFixed(1);
const scriptsOf = (list) => list.filter((r) => ours(r) && r.type === 'Script' && !r.failed);
/** Gzipped JavaScript of the scripts a visit loaded, each file once (a page may import it twice). */
const jsGzipOf = (scripts) =>
	[...new Set(scripts.map((r) => new URL(r.url).pathname))].reduce(
		(total, pathname) => total + gzipSizeOf(pathname),
		0
	);

const pages = JSON.parse(readFileSync(join(BUILD, 'pages.json'), 'utf8'));
const targets = [
	{ path: '/', kind: 'root' },
	...pages.flatMap((p) => p.paths.map((path) => ({ path, kind: p.kind })))
];

const rows = [];
const failures = [];
const details = {};
for (const { path, kind } of targets) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const started = Date.now();
	const list = await visit(await context.newPage(), `${origin}${path}`);
	if (process.env.WIRE_DEBUG) console.error(path, Date.now() - started, 'ms');
	await context.close();
	const bytes = sum(list.filter(ours));
	const scripts = scriptsOf(list);
	const jsGzip = jsGzipOf(scripts);
	const roundTrips = Math.max(0, ...scripts.map((r) => r.depth));
	const budget = PAGE_BUDGETS[kind];
	const checks = [];
	if (budget !== undefined && bytes > budget) checks.push(`bytes over ${budget / KB} KB`);
	if (jsGzip > JS_GZIP_BUDGET) checks.push(`JS over ${JS_GZIP_BUDGET / KB} KB`);
	if (kind === 'calculator' && roundTrips > 1) {
		const late = scripts.filter((r) => r.depth > 1).map((r) => new URL(r.url).pathname);
		checks.push(`scripts after ${roundTrips} round trips: ${late.join(', ')}`);
	}
	const unfinished = list.filter((r) => ours(r) && r.failed).map((r) => new URL(r.url).pathname);
	for (const check of checks) failures.push(`${path}: ${check}`);
	details[path] = list;
	rows.push({
		page: path,
		kind,
		requests: list.filter(ours).length,
		'wire (KB)': kb(bytes),
		budget: budget ? `${budget / KB} KB` : '-',
		'JS gzip (KB)': kb(jsGzip),
		'script round trips': roundTrips,
		result: checks.length ? 'OVER' : 'ok',
		...(unfinished.length && { 'not loaded': unfinished.join(' ') })
	});
}

// A partner's page with one widget (tests/fixtures/partner/one.html, on another origin, with a
// strict CSP): our bytes on the first view, then on the second view in the same browser.
const partnerUrl = `${partner.origin}/one.html`;
const partnerContext = await browser.newContext();
const partnerPage = await partnerContext.newPage();
const partnerRows = [];
for (const view of ['first', 'second']) {
	const list = await visit(partnerPage, partnerUrl);
	const ourList = list.filter(ours);
	const bytes = sum(ourList);
	const loader = ourList.find((r) => r.url.endsWith('/embed/loader.js'));
	const checks = [];
	if (bytes > PARTNER_BUDGETS[view]) checks.push(`${view} view over ${PARTNER_BUDGETS[view]} B`);
	if (!loader) checks.push('no loader.js request');
	// Everything after the loader within one round trip of it: the loader is round trip 1.
	const late = ourList.filter((r) => r.depth > 2).map((r) => new URL(r.url).pathname);
	if (late.length) checks.push(`requested later than one round trip after the loader: ${late}`);
	for (const check of checks) failures.push(`partner page: ${check}`);
	details[`partner ${view}`] = list;
	partnerRows.push({
		view,
		'our requests': ourList.length,
		'our bytes (KB)': kb(bytes),
		budget: `${kb(PARTNER_BUDGETS[view])} KB`,
		'JS gzip (KB)': kb(jsGzipOf(scriptsOf(list))),
		'round trips after loader': Math.max(0, ...ourList.map((r) => r.depth - 1)),
		result: checks.length ? 'OVER' : 'ok'
	});
}
await partnerContext.close();

// The service worker's download on a first visit (home page, Dutch): reported, not budgeted here.
const swContext = await browser.newContext();
let precache = 0;
let precacheFiles = 0;
swContext.on('requestfinished', async (request) => {
	if (!request.serviceWorker()) return;
	const sizes = await request.sizes().catch(() => null);
	if (!sizes) return;
	precache += sizes.responseHeadersSize + sizes.responseBodySize;
	precacheFiles += 1;
});
const swPage = await swContext.newPage();
await swPage.goto(`${origin}${pages.find((p) => p.kind === 'home').paths[0]}`);
await swPage
	.evaluate(() =>
		Promise.race([
			navigator.serviceWorker?.ready,
			new Promise((r) => setTimeout(r, 15_000)) // no worker: stop waiting
		])
	)
	.catch(() => undefined);
await sleep(2000);
await swContext.close();

await browser.close();
site.child.kill();
partner.child.kill();

if (process.argv.includes('--json')) {
	console.log(JSON.stringify({ rows, partnerRows, precache, failures, details }, null, '\t'));
} else {
	console.log(`Bytes on the wire, first visit, compressed, through scripts/serve.mjs (${origin}):`);
	console.table(rows);
	console.log('A partner page with one widget (tests/fixtures/partner/one.html), bytes from us:');
	console.table(partnerRows);
	console.log(
		`Service worker, first visit: ${kb(precache)} KB in ${precacheFiles} requests ` +
			`(reported; its ${PRECACHE_NOTE / KB} KB budget is checked by the offline tests).`
	);
}
if (failures.length) {
	console.error(`Over budget:\n- ${failures.join('\n- ')}`);
	process.exit(1);
}
console.log('All wire budgets hold.');

// `npm run perf`: how the site feels on a cheap phone on a slow network. Headless Chromium with a 4×
// CPU slowdown (Emulation.setCPUThrottlingRate) and 1.6 Mbps down, 750 kbps up, 150 ms latency
// (Network.emulateNetworkConditions) loads each page through the real server (scripts/serve.mjs),
// first visit, empty cache, five times, and prints the medians of:
// - transferred bytes (headers and compressed bodies) and round trips after the HTML (requests asked
//   for by files the HTML asked for, as scripts/wire.mjs counts them);
// - first contentful paint (the browser's paint timing);
// - time to interactive: when the last script has arrived and the main thread has done its last long
//   task (≥ 50 ms), whichever is later, not before first paint;
// - input to result: a digit typed with the keyboard into the page's first text field, until the
//   page has changed something other than that field and painted the next frame.
// Beside each page, in the same run, interleaved, the same HTML with every script removed, served
// the same way (a copy of build/ in a temporary folder): the ratio tells the cost of our code.
// Slow (minutes), so not part of `npm test`. Needs a build (`npm run build`).
// Usage: node scripts/perf.mjs [--runs 5] [--pages /nl/,/nl/maaltijden/]
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startPartner, startSite, visit } from './measure.mjs';

const { values } = parseArgs({
	options: { runs: { type: 'string', default: '5' }, pages: { type: 'string' } }
});
const RUNS = Number(values.runs);
const CPU_SLOWDOWN = 4;
const NETWORK = {
	offline: false,
	latency: 150,
	downloadThroughput: (1.6 * 1e6) / 8,
	uploadThroughput: (750 * 1e3) / 8
};
const BUILD = resolve('build');
const pages = JSON.parse(readFileSync(join(BUILD, 'pages.json'), 'utf8'));
/** One page of each kind, in Dutch, and a partner's page with one widget. */
const PAGES = values.pages
	? values.pages.split(',')
	: [...pages.map((page) => page.paths[0]), 'partner:/one.html'];

const isPartner = (path) => path.startsWith('partner:');
const htmlFileOf = (path) => join(path.replace(/\/$/, '/index.html'));

/** The page's HTML with every script, preload and inline script removed: our code's baseline. */
const withoutScripts = (html) =>
	html
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');

// The baseline site: a copy of the build with the measured pages' HTML stripped (and compressed
// again, as the build does), served by a second server; the partner page's baseline is the same page
// without the loader, served by the partner fixture from a copy of its folder.
const baselineRoot = mkdtempSync(join(tmpdir(), 'aid-perf-'));
cpSync(BUILD, baselineRoot, { recursive: true });
for (const path of PAGES.filter((p) => !isPartner(p))) {
	const file = join(baselineRoot, htmlFileOf(path));
	const html = Buffer.from(withoutScripts(readFileSync(file, 'utf8')));
	writeFileSync(file, html);
	writeFileSync(
		`${file}.br`,
		brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
	);
	writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
}
const partnerHtml = readFileSync('tests/fixtures/partner/one.html', 'utf8');
// The partner page keeps its <aid-…> element, showing the partner's fallback text.
writeFileSync('tests/fixtures/partner/.perf-baseline.html', withoutScripts(partnerHtml));

const site = await startSite();
const baseline = await startSite(baselineRoot);
const partner = await startPartner(site.origin);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** Runs in the page before its own scripts: records long tasks. */
function observeLongTasks() {
	window.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			window.__longTasks.push(entry.startTime + entry.duration);
	}).observe({ type: 'longtask', buffered: true });
}

/** In the page, after the network is quiet: first paint and time to interactive, in ms. */
async function pageTimings() {
	// First paint may come after the network is quiet: wait for it (up to 10 s).
	const fcp = await new Promise((resolvePaint) => {
		new PerformanceObserver((list) => {
			const paint = list.getEntriesByName('first-contentful-paint')[0];
			if (paint) resolvePaint(paint.startTime);
		}).observe({ type: 'paint', buffered: true });
		setTimeout(() => resolvePaint(NaN), 10_000);
	});
	const navigation = performance.getEntriesByType('navigation')[0];
	const scripts = performance
		.getEntriesByType('resource')
		.filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
		.map((entry) => entry.responseEnd);
	const tti = Math.max(fcp, navigation.domContentLoadedEventEnd, ...scripts, ...window.__longTasks);
	return { fcp, tti };
}

/**
 * Types one digit into the page's first text field; resolves with the time from the input event to
 * the first painted frame after something outside that field changed, or null if nothing changed.
 */
async function inputToResult(page) {
	const field = page.locator('main input:not([type]), main input[type="text"]').first();
	if ((await field.count()) === 0 || !(await field.isVisible())) return null;
	await field.evaluate((input) => {
		window.__inputLatency = new Promise((resolveLatency) => {
			let typedAt;
			const observer = new MutationObserver((records) => {
				if (typedAt === undefined || records.every((r) => input.contains(r.target))) return;
				observer.disconnect();
				requestAnimationFrame(() => setTimeout(() => resolveLatency(performance.now() - typedAt)));
			});
			observer.observe(document.body, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true
			});
			input.addEventListener('input', (event) => (typedAt = event.timeStamp), { capture: true });
			setTimeout(() => resolveLatency(null), 3000);
		});
	});
	await field.focus();
	await page.keyboard.press('End');
	await page.keyboard.type('3');
	return page.evaluate(() => window.__inputLatency);
}

async function measure(url, { input = true } = {}) {
	const started = Date.now();
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript(observeLongTasks);
	const page = await context.newPage();
	const session = await context.newCDPSession(page);
	await session.send('Network.enable');
	await session.send('Network.emulateNetworkConditions', NETWORK);
	await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	const requests = await visit(page, url, { session });
	const { fcp, tti } = await page.evaluate(pageTimings);
	// Without scripts nothing can answer an input: the baseline's latency is not measured.
	const latency = input ? await inputToResult(page) : null;
	await context.close();
	if (process.env.PERF_DEBUG) console.error(url, Date.now() - started, 'ms', fcp, tti, latency);
	return {
		bytes: requests.reduce((total, r) => total + r.bytes, 0),
		roundTrips: Math.max(0, ...requests.map((r) => r.depth)),
		fcp,
		tti,
		latency
	};
}

const median = (list) => {
	const sorted = list.filter((v) => v !== null && !Number.isNaN(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => (value === null ? '-' : `${Math.round(value)}`);
const ratio = (a, b) => (a === null || b === null || b === 0 ? '-' : `${(a / b).toFixed(2)}×`);

const rows = [];
try {
	for (const path of PAGES) {
		const ourUrl = isPartner(path)
			? `${partner.origin}${path.slice('partner:'.length)}`
			: `${site.origin}${path}`;
		const baseUrl = isPartner(path)
			? `${partner.origin}/.perf-baseline.html`
			: `${baseline.origin}${path}`;
		const ours = [];
		const base = [];
		for (let run = 0; run < RUNS; run++) {
			ours.push(await measure(ourUrl));
			base.push(await measure(baseUrl, { input: false }));
		}
		const m = (list, key) => median(list.map((r) => r[key]));
		rows.push({
			page: isPartner(path) ? `partner ${path.slice('partner:'.length)}` : path,
			'KB (page/static)': `${(m(ours, 'bytes') / 1024).toFixed(1)} / ${(m(base, 'bytes') / 1024).toFixed(1)}`,
			'round trips': `${m(ours, 'roundTrips')} / ${m(base, 'roundTrips')}`,
			'FCP ms': `${ms(m(ours, 'fcp'))} / ${ms(m(base, 'fcp'))}`,
			'FCP ratio': ratio(m(ours, 'fcp'), m(base, 'fcp')),
			'TTI ms': `${ms(m(ours, 'tti'))} / ${ms(m(base, 'tti'))}`,
			'TTI ratio': ratio(m(ours, 'tti'), m(base, 'tti')),
			'input→result ms': ms(m(ours, 'latency'))
		});
		console.error(`measured ${path}`);
	}
} finally {
	await browser.close();
	for (const server of [site, baseline, partner]) server.child.kill();
	rmSync(baselineRoot, { recursive: true, force: true });
	rmSync('tests/fixtures/partner/.perf-baseline.html', { force: true });
}

console.log(
	`Medians of ${RUNS} first visits, ${CPU_SLOWDOWN}× CPU slowdown, 1.6 Mbps / 150 ms, ` +
		'each page beside the same HTML without scripts (page / static):'
);
console.table(rows);

// Runs Lighthouse (mobile profile) with the system Chromium against the built site and prints the
// four category scores per page. Fails when a calculator page is under budget (issue 4):
// performance ≥ 95, accessibility 100, best practices 100, SEO ≥ 95.
// Usage: npm run build && npm run lighthouse [-- --all]   (--all also audits the other pages)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const PORT = 4185;
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
const all = process.argv.includes('--all');

// Page paths come from the page registry, prerendered to build/pages.json.
const pages = JSON.parse(readFileSync('build/pages.json', 'utf8'))
	.filter((page) => all || page.kind === 'calculator')
	.flatMap((page) => page.paths.map((path) => ({ kind: page.kind, path })));
if (pages.length === 0) {
	console.log(
		'No calculator page in the registry yet: nothing to audit (use --all for the others).'
	);
	process.exit(0);
}

const chromePath = findChromium();
if (!chromePath) {
	console.error('No Chromium: run `node scripts/chromium.mjs --ensure` or set CHROME_PATH.');
	process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], {
	stdio: 'ignore'
});
await new Promise((resolve) => setTimeout(resolve, 500));
const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
});

let failed = false;
const rows = [];
try {
	for (const page of pages) {
		const result = await lighthouse(`http://localhost:${PORT}${page.path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: Object.keys(BUDGET)
		});
		const row = { page: page.path };
		for (const [category, minimum] of Object.entries(BUDGET)) {
			const score = Math.round((result?.lhr.categories[category]?.score ?? 0) * 100);
			const under = page.kind === 'calculator' && score < minimum;
			failed ||= under;
			row[category] = under ? `${score} (< ${minimum})` : score;
		}
		rows.push(row);
		// Name what costs points, so a low score says where to look.
		const lhr = result?.lhr;
		for (const category of Object.keys(BUDGET)) {
			for (const ref of lhr?.categories[category]?.auditRefs ?? []) {
				const audit = lhr?.audits[ref.id];
				if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
					console.log(`${page.path} ${category}: ${audit.id} (${audit.score}) ${audit.title}`);
				}
			}
		}
	}
} finally {
	await chrome.kill();
	server.kill();
}
console.table(rows);
if (failed) {
	console.error('Under budget: see the scores marked (< …).');
	process.exit(1);
}

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Lang } from '../../src/lib/i18n/lang';

/*
 * The service worker (src/service-worker.ts, src/lib/offline/client.ts): nothing cached while a first
 * visit loads; once the page is idle, its own language's pages and files (build/offline.json), and
 * another language when one of its pages is visited; the site then works without a network. A new
 * release reloads a page where nothing was typed, and otherwise says so.
 */
const OFFLINE = JSON.parse(readFileSync('build/offline.json', 'utf8')) as {
	langs: Record<Lang, { files: string[]; gzip: number }>;
};
/** Issue 14: what the worker caches for one language, gzipped as it crosses the network. */
const PRECACHE_BUDGET = 300 * 1024;

/** Every path in the worker's caches. */
function cachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) {
			for (const request of await (await caches.open(key)).keys()) {
				paths.push(new URL(request.url).pathname);
			}
		}
		return paths.sort();
	});
}

/** Waits until every file of a language's list is in the cache. */
async function cachedLanguage(page: Page, lang: Lang): Promise<void> {
	const wanted = OFFLINE.langs[lang].files;
	await expect
		.poll(
			async () => {
				const cached = await cachedPaths(page);
				return wanted.filter((path) => !cached.includes(path));
			},
			{ timeout: 20_000 }
		)
		.toEqual([]);
}

/** The paths of our own origin a page requests. */
function requestsOf(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => paths.push(new URL(request.url()).pathname));
	return paths;
}

test('a first visit caches nothing while it loads, then its own language only, within budget', async ({
	page
}) => {
	// Hold the page's "idle" moment until the test says so.
	await page.addInitScript(() => {
		(window as unknown as { requestIdleCallback: unknown }).requestIdleCallback = (
			task: () => void
		) => {
			(window as unknown as { __idle: () => void }).__idle = task;
			return 1;
		};
	});
	const loaded = requestsOf(page);
	await page.goto('/fr/');
	await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await page.waitForFunction(() => '__idle' in window);
	// Installed and active: its cache holds at most what the page itself loaded, nothing more.
	const early = await cachedPaths(page);
	expect(early.filter((path) => !loaded.includes(path))).toEqual([]);
	expect(early).not.toContain('/fr/trouver-aide/');

	await page.evaluate(() => (window as unknown as { __idle: () => void }).__idle());
	await cachedLanguage(page, 'fr');
	const cached = await cachedPaths(page);
	const french = new Set([...OFFLINE.langs.fr.files, ...loaded]);
	expect(cached.filter((path) => !french.has(path))).toEqual([]);
	expect(cached.filter((path) => /^\/(nl|en)\/|^\/islands\/(nl|en)\//.test(path))).toEqual([]);
	expect(OFFLINE.langs.fr.gzip).toBeLessThanOrEqual(PRECACHE_BUDGET);
});

test('after a first visit, pages in its language load without a network', async ({
	page,
	context
}) => {
	await page.goto('/nl/');
	await cachedLanguage(page, 'nl');
	await context.setOffline(true);
	await page.goto('/nl/hulp-zoeken/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.locator('h1')).toBeVisible();
	await page.goto('/nl/');
	await expect(page.locator('h1')).toBeVisible();
	await context.setOffline(false);
});

test('after a first visit, a calculator page still computes without a network', async ({
	page,
	context
}) => {
	await page.goto('/nl/');
	await cachedLanguage(page, 'nl');
	await context.setOffline(true);
	// Its island script and the chunks it preloads come from the cache.
	await page.goto('/nl/spaargroep/');
	await expect(page.locator('[data-aid-print]')).toBeVisible();
	const monthly = page.locator('.aid-savings-loan input[id$="-monthly"]');
	await monthly.fill('7,25');
	await expect(page.locator('.aid-savings-loan').getByRole('status')).toContainText('7,25');
	await context.setOffline(false);
});

test('another language is cached once one of its pages is visited', async ({ page, context }) => {
	await page.goto('/fr/');
	await cachedLanguage(page, 'fr');
	expect((await cachedPaths(page)).some((path) => path.startsWith('/en/'))).toBe(false);
	await page.goto('/en/meals/');
	await cachedLanguage(page, 'en');
	await context.setOffline(true);
	await page.goto('/en/food-package/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('[data-aid-print]')).toBeVisible();
	await context.setOffline(false);
});

/** Opens a page controlled by the worker (the second load of a first visit), marked as this load. */
async function controlledPage(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
	await expect(page.locator('[data-aid-print]')).toBeVisible();
	await page.evaluate(() => ((window as unknown as { __thisLoad: boolean }).__thisLoad = true));
}

/** What the page sees when a new release's worker takes over. */
const newRelease = (page: Page) =>
	page.evaluate(() => navigator.serviceWorker.dispatchEvent(new Event('controllerchange')));
const sameLoad = (page: Page) =>
	page.evaluate(() => (window as unknown as { __thisLoad?: boolean }).__thisLoad === true);

test('a new release reloads a page where nothing was typed', async ({ page }) => {
	await controlledPage(page, '/nl/maaltijden/');
	const reloaded = page.waitForEvent('load');
	await newRelease(page);
	await reloaded;
	expect(await sameLoad(page)).toBe(false);
	await expect(page.locator('.aid-update')).toHaveCount(0);
});

test('a new release with typed input says so, in the page language, and reloads on request', async ({
	page
}) => {
	await controlledPage(page, '/fr/repas/');
	await page.locator('input[id$="-per-week"]').fill('4');
	await newRelease(page);
	const notice = page.locator('.aid-update[role="status"]');
	await expect(notice).toContainText('De nouveaux montants sont disponibles');
	await page.waitForTimeout(300);
	// Nothing typed is lost: same page, same value.
	expect(await sameLoad(page)).toBe(true);
	await expect(page.locator('input[id$="-per-week"]')).toHaveValue('4');
	const reloaded = page.waitForEvent('load');
	await notice.getByRole('button', { name: 'Recharger' }).click();
	await reloaded;
	expect(await sameLoad(page)).toBe(false);
});

test('the update notice on the finder page, in English', async ({ page }) => {
	await page.goto('/en/find-help/');
	await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
	// A search typed in the finder is input a reload would lose.
	await page.locator('.aid-finder input[id$="-search"]').fill('doctor');
	await newRelease(page);
	await expect(page.locator('.aid-update')).toContainText(
		'New figures are available — reload the page to see them.'
	);
});

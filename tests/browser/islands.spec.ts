import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n/lang';
import { CALCULATOR_IDS, pathFor } from '../../src/lib/site/pages';

// The calculator pages run without SvelteKit's client: one script per page and language
// (/islands/{lang}/{widget}.js) hydrates the widget that was rendered at build time.

for (const id of CALCULATOR_IDS) {
	for (const lang of LANGS) {
		test(`${id} in ${lang}: the prerendered widget is hydrated in place, with only its own scripts`, async ({
			page
		}) => {
			const scripts: string[] = [];
			page.on('request', (request) => {
				if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
			});
			// Hold the island back until the prerendered widget has been marked.
			let release = () => {};
			const gate = new Promise<void>((resolve) => (release = resolve));
			await page.route(/\/islands\/[a-z]+\/[a-z-]+\.js$/, async (route) => {
				await gate;
				await route.continue();
			});
			await page.goto(pathFor(id, lang), { waitUntil: 'commit' });
			const firstInput = page.locator('[data-aid-island] input').first();
			await firstInput.waitFor({ state: 'attached' });
			await firstInput.evaluate((input) => (input.dataset['prerendered'] = 'yes'));
			release();

			// The print button only appears once the script runs.
			await expect(page.locator('[data-aid-print]')).toBeVisible();
			// Hydration kept the prerendered element (a fresh render would have dropped the mark).
			await expect(firstInput).toHaveAttribute('data-prerendered', 'yes');
			expect(scripts.some((path) => path.startsWith('/_app/'))).toBe(false);
			expect(scripts).toContain(`/islands/${lang}/${id}.js`);
			const others = LANGS.filter((other) => other !== lang);
			expect(
				scripts.filter((path) => others.some((o) => path.startsWith(`/islands/${o}/`)))
			).toEqual([]);
		});
	}
}

test('a calculator reached from the home page by a click, or back through history, works', async ({
	page
}) => {
	await page.goto(pathFor('home', 'nl'));
	// The router has started (a click before it starts is a plain page load anyway).
	await page.waitForLoadState('networkidle');
	await page
		.locator(`main a[href="${pathFor('meal-cost', 'nl')}"]`)
		.first()
		.click();
	await expect(page).toHaveURL(pathFor('meal-cost', 'nl'));
	// Only a full page load runs the island script, which shows the print button.
	await expect(page.locator('[data-aid-print]')).toBeVisible();

	await page.goto(pathFor('finder', 'nl'));
	await page.goBack();
	await expect(page).toHaveURL(pathFor('meal-cost', 'nl'));
	await expect(page.locator('[data-aid-print]')).toBeVisible();
	const income = page.locator('.aid-meals input[type=radio][value=no]');
	await income.check();
	await expect(page.locator('.aid-meals input[id$="-income"]')).toBeVisible();
});

test('a calculator page requests every script of its island within one round trip after the HTML', async ({
	page
}) => {
	const started = new Map<string, number>();
	const finished = new Map<string, number>();
	const islandPath = (url: string) => {
		const path = new URL(url).pathname;
		return path.startsWith('/islands/') ? path : null;
	};
	page.on('request', (request) => {
		const path = islandPath(request.url());
		if (path) started.set(path, Date.now());
	});
	page.on('requestfinished', (request) => {
		const path = islandPath(request.url());
		if (path) finished.set(path, Date.now());
	});
	// A slow network: every script takes 400 ms to come back.
	await page.route(/\/islands\//, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 400));
		await route.continue();
	});
	await page.goto(pathFor('meal-cost', 'fr'));
	await expect(page.locator('[data-aid-print]')).toBeVisible();
	const scripts = [...started.keys()];
	// The page script and the chunks it imports…
	expect(scripts).toContain('/islands/fr/meal-cost.js');
	expect(scripts.length).toBeGreaterThan(1);
	expect(scripts.every((path) => path.startsWith('/islands/fr/'))).toBe(true);
	// …all asked for before the first of them came back (modulepreload), none discovered later.
	const firstAnswer = Math.min(...finished.values());
	for (const path of scripts) expect(started.get(path)!, path).toBeLessThan(firstAnswer);
	const preloaded = await page
		.locator('link[rel="modulepreload"]')
		.evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
	expect(preloaded.sort()).toEqual(scripts.filter((path) => path.includes('/chunks/')).sort());
});

import { expect, test } from '@playwright/test';
import { LANGS, LANG_NAMES } from '../../src/lib/i18n/lang';
import { PAGES, pathFor } from '../../src/lib/site/pages';
import { expectNoAxeViolations, overflowsHorizontally } from './helpers';

/*
 * Pages whose own spec runs axe in every language, in a fuller state than a first visit (fields
 * filled, the explanation open, every finder result unfolded): savings-loan, meal-cost and
 * food-package.spec.ts, finder.spec.ts, session.spec.ts and the configurator in embed.spec.ts.
 * Every other page — and any page added later — gets its axe run here.
 */
const AXE_IN_OWN_SPEC = new Set([
	'savings-loan',
	'meal-cost',
	'food-package',
	'finder',
	'session',
	'embed'
]);

for (const entry of PAGES) {
	for (const lang of LANGS) {
		test(`${entry.id} in ${lang}: right language, switch to the same page, no axe violation`, async ({
			page
		}) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			const response = await page.goto(pathFor(entry.id, lang));
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1')).toHaveCount(1);
			expect(await page.title()).not.toBe('');

			const nav = page.locator('nav.lang-switch');
			for (const other of LANGS) {
				await expect(nav.getByRole('link', { name: LANG_NAMES[other] })).toHaveAttribute(
					'href',
					pathFor(entry.id, other)
				);
			}
			await expect(nav.getByRole('link', { name: LANG_NAMES[lang] })).toHaveAttribute(
				'aria-current',
				'true'
			);

			// A CSP violation, a failed request or an exception would show here. Checked before axe:
			// axe parses the stylesheets linked in shadow roots (the configurator's preview) by
			// putting them in <style> elements of its own, which the site's CSP rightly refuses.
			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
			if (!AXE_IN_OWN_SPEC.has(entry.id)) await expectNoAxeViolations(page);

			const other = LANGS.find((l) => l !== lang)!;
			await nav.getByRole('link', { name: LANG_NAMES[other] }).click();
			await expect(page).toHaveURL(pathFor(entry.id, other));
			await expect(page.locator('html')).toHaveAttribute('lang', other);
		});
	}
}

test('the home page fits a 320 px wide phone', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const lang of LANGS) {
		await page.goto(pathFor('home', lang));
		expect(await overflowsHorizontally(page)).toBe(false);
	}
});

test.describe('the root sends visitors to their language', () => {
	test.describe('a Dutch-speaking browser', () => {
		test.use({ locale: 'nl-BE' });
		test('lands on /nl/', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/nl/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		});
	});
	test.describe('an English-speaking browser', () => {
		test.use({ locale: 'en-GB' });
		test('lands on /en/', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/en/');
		});
	});
	test.describe('a browser preferring a language we do not have', () => {
		test.use({ locale: 'de-DE' });
		test('falls back to French', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/fr/');
		});
	});
	test('without the app script, the root offers the three languages and passes axe', async ({
		page
	}) => {
		// Blocking the app's code keeps the page from redirecting, as it would be without JavaScript.
		await page.route('**/_app/**/*.js', (route) => route.abort());
		await page.goto('/');
		await expect(page.getByRole('link', { name: /Nederlands/ })).toHaveAttribute('href', '/nl/');
		await expect(page.getByRole('link', { name: /Français/ })).toHaveAttribute('href', '/fr/');
		await expect(page.getByRole('link', { name: /English/ })).toHaveAttribute('href', '/en/');
		await expectNoAxeViolations(page);
	});
});

test('the site makes no request outside its own origin and sets no cookie', async ({
	page,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
	});
	for (const entry of PAGES) {
		for (const lang of LANGS) await page.goto(pathFor(entry.id, lang));
	}
	expect(foreign).toEqual([]);
	expect(await page.context().cookies()).toEqual([]);
});

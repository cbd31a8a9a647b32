import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n/lang';
import { pathFor } from '../../src/lib/site/pages';
import { expectNoAxeViolations, overflowsHorizontally } from './helpers';

// Every figure is recomputed as the worker types, and axe reads a long page: give it time.
test.describe.configure({ timeout: 90_000 });

const WORDS = {
	nl: { age1: 'Leeftijd van persoon 1', age2: 'Leeftijd van persoon 2', add: 'Persoon toevoegen' },
	fr: { age1: 'Âge de la personne 1', age2: 'Âge de la personne 2', add: 'Ajouter une personne' },
	en: { age1: 'Age of person 1', age2: 'Age of person 2', add: 'Add a person' }
} as const;

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

const figures = (page: Page) => page.locator('.aid-session__figures');

/** Waits until the page has written the session into the link, and returns the link. */
async function sessionLink(page: Page): Promise<string> {
	await expect(page).toHaveURL(/#s2\.[A-Za-z0-9_-]+$/);
	// The link is written 300 ms after the last change: wait until it stays the same for longer.
	let previous = '';
	await expect
		.poll(
			async () => {
				const current = page.url();
				const settled = current === previous;
				previous = current;
				return settled;
			},
			{ intervals: [700] }
		)
		.toBe(true);
	return page.url();
}

/**
 * Fills a household by keyboard alone: two people, Jette, no leefloon with an income, a
 * visit a month at the restaurant. Starts with the focus on person 1's age.
 */
async function fillByKeyboard(page: Page, lang: (typeof LANGS)[number]) {
	const words = WORDS[lang];
	const age1 = page.getByLabel(words.age1);
	await age1.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('41');
	await page.keyboard.press('Tab'); // "Add a person"
	await expect(page.getByRole('button', { name: words.add })).toBeFocused();
	await page.keyboard.press('Enter'); // the new person's age gets the focus
	await expect(page.getByLabel(words.age2)).toBeFocused();
	await page.keyboard.type('8');
	await page.keyboard.press('Tab'); // remove person 2
	await page.keyboard.press('Tab'); // add a person
	await page.keyboard.press('Tab'); // municipality: "Not answered" is checked
	await page.keyboard.press('ArrowRight'); // wraps to Jette
	await page.keyboard.press('Tab'); // leefloon: yes
	await page.keyboard.press('ArrowRight'); // no
	await page.keyboard.press('Tab'); // net income
	await page.keyboard.type('1200,50');
}

for (const lang of LANGS) {
	test(`session in ${lang}: filled by keyboard, the link restores the same figures on a fresh page`, async ({
		page,
		browser
	}) => {
		const errors = watchErrors(page);
		await page.goto(pathFor('session', lang));
		await expect(page.locator('.aid-session input[readonly]')).toHaveValue(/budget|entretien/);
		await fillByKeyboard(page, lang);

		const picture = figures(page);
		// Two people at Restojet, 3 € each; the leefloon of a single person; a loan after a year.
		await expect(picture).toContainText(/6[.,]00/);
		await expect(picture).toContainText(/1\D?314[.,]20/);
		await expect(picture).toContainText(/60[.,]00/);
		const link = await sessionLink(page);
		console.log(`session link (${lang}): ${link.length} characters`);
		expect(link.length).toBeLessThan(2000);
		const shown = await picture.innerText();

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		const otherErrors = watchErrors(other);
		await other.goto(link);
		await expect(other.getByLabel(WORDS[lang].age2)).toHaveValue('8');
		await expect.poll(() => figures(other).innerText()).toBe(shown);
		expect(otherErrors).toEqual([]);
		await fresh.close();

		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});
}

test('a damaged or tampered link shows a message and an empty session, never a crash', async ({
	page
}) => {
	const errors = watchErrors(page);
	const path = pathFor('session', 'en');
	for (const fragment of ['#s2.%%%not-base64', '#s2.AAAAAAAA', '#s9.LY2xDs', '#anything']) {
		await page.goto('/en/');
		await page.goto(path + fragment);
		await expect(page.getByRole('alert')).toContainText('You are starting with an empty session');
		await expect(page.getByLabel(WORDS.en.age1)).toHaveValue('35');
		await expect(page.getByLabel(WORDS.en.age2)).toHaveCount(0);
		await expect(figures(page)).toContainText(/60[.,]00/);
	}
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});

test('print: only the summary, in the resident’s language, on at most two A4 pages', async ({
	page
}) => {
	await page.goto(pathFor('session', 'en'));
	await fillByKeyboard(page, 'en');
	await page.getByLabel('Language of the summary for the resident').selectOption('nl');
	const summary = page.locator('.aid-session__summary');
	await expect(summary).toHaveAttribute('lang', 'nl');
	await expect(summary).toContainText('Dit zijn schattingen, geen beslissingen van een dienst.');
	await expect(summary).toContainText('Bron');

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.locator('.aid-session__workspace')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print the summary' })).toBeHidden();
	await expect(summary).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	console.log(`printed summary: ${pages} page(s)`);
	expect(pages).toBeGreaterThanOrEqual(1);
	expect(pages).toBeLessThanOrEqual(2);
});

test('remember on this device is off by default; forget leaves nothing in storage', async ({
	page
}) => {
	const path = pathFor('session', 'en');
	await page.goto(path);
	const remember = page.getByRole('checkbox', { name: 'Remember on this device' });
	await expect(remember).not.toBeChecked();
	await fillByKeyboard(page, 'en');
	await sessionLink(page);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);

	await remember.focus();
	await page.keyboard.press('Space');
	await expect(remember).toBeChecked();
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('aid-session')))
		.toMatch(/^#s2\./);

	// Without the link, the remembered household comes back and the box stays checked.
	await page.goto(path);
	await expect(page.getByLabel(WORDS.en.age2)).toHaveValue('8');
	await expect(remember).toBeChecked();

	const forget = page.getByRole('button', { name: 'Forget this household' });
	await forget.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'forgotten' })).toBeVisible();
	await expect(remember).not.toBeChecked();
	await expect(forget).toHaveCount(0);
	await expect(page.getByLabel(WORDS.en.age1)).toHaveValue('35');
	await page.waitForTimeout(600);
	expect(new URL(page.url()).hash).toBe('');
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	expect(await page.context().cookies()).toEqual([]);
});

test('after a first visit, the session page opens and computes offline', async ({
	page,
	context
}) => {
	await page.goto(pathFor('session', 'fr'));
	await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await fillByKeyboard(page, 'fr');
	const link = await sessionLink(page);

	await context.setOffline(true);
	await page.goto('/fr/');
	await page.goto(link);
	await expect(page.getByLabel(WORDS.fr.age2)).toHaveValue('8');
	await expect(figures(page)).toContainText(/6,00/);
	// Still computing: a third person changes the meals.
	await page.getByLabel(WORDS.fr.age2).focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await page.keyboard.type('30');
	await expect(figures(page)).toContainText(/9,00/);
	await context.setOffline(false);
});

test('the session page fits a 320 px wide phone', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const lang of LANGS) {
		await page.goto(pathFor('session', lang));
		await expect(page.locator('.aid-session input[readonly]')).toHaveValue(/http/);
		expect(await overflowsHorizontally(page)).toBe(false);
	}
});

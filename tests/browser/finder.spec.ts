import { expect, test, type Locator, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { pathFor } from '../../src/lib/site/pages';
import { expectNoAxeViolations, overflowsHorizontally } from './helpers';

/** What each language shows. */
const WORDS: Record<
	Lang,
	{
		age: string;
		next: RegExp;
		skip: RegExp;
		gender: string;
		elsewhere: RegExp;
		municipality: string;
		count: RegExp;
		search: string;
		clothes: RegExp;
		category: string;
		legal: string;
		showUnlikely: RegExp;
	}
> = {
	nl: {
		skip: /^Overslaan$/,
		age: 'Uw leeftijd',
		next: /^Volgende$/,
		gender: 'Bent u een vrouw of een man?',
		elsewhere: /Ergens anders/,
		municipality: 'Waar woont u?',
		count: /^(\d+) diensten kunnen u misschien helpen\.$/,
		search: 'kleren',
		clothes: /Tweedehandskledij \(Centre d'Entraide\)/,
		category: 'Soort hulp',
		legal: 'Juridische hulp',
		showUnlikely: /Toon de diensten die waarschijnlijk niet passen/
	},
	fr: {
		skip: /^Passer$/,
		age: 'Votre âge',
		next: /^Suivante$/,
		gender: 'Êtes-vous une femme ou un homme ?',
		elsewhere: /Ailleurs/,
		municipality: 'Où habitez-vous ?',
		count: /^(\d+) services peuvent peut-être vous aider\.$/,
		search: 'VETEMENTS',
		clothes: /Vêtements de seconde main \(Centre d'Entraide\)/,
		category: "Type d'aide",
		legal: 'Aide juridique',
		showUnlikely: /Afficher les services qui ne correspondent probablement pas/
	},
	en: {
		skip: /^Skip$/,
		age: 'Your age',
		next: /^Next$/,
		gender: 'Are you a woman or a man?',
		elsewhere: /Somewhere else/,
		municipality: 'Where do you live?',
		count: /^(\d+) services may help you\.$/,
		search: 'clothes',
		clothes: /Second-hand clothes \(Centre d'Entraide\)/,
		category: 'Kind of help',
		legal: 'Legal help',
		showUnlikely: /Show services that probably don't fit/
	}
};

/** Presses Tab until the target has focus (keyboard only, as a visitor would). */
async function tabTo(page: Page, target: Locator, limit = 60) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('Tab never reached the target');
}

async function countOf(widget: Locator, pattern: RegExp): Promise<number> {
	const text = (await widget.getByRole('status').textContent())?.trim() ?? '';
	const match = pattern.exec(text);
	if (!match) throw new Error(`Unexpected count text: ${text}`);
	return Number(match[1]);
}

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

for (const lang of LANGS) {
	const words = WORDS[lang];

	test(`finder in ${lang}: answer the questions by keyboard and see the results change`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(pathFor('finder', lang));
		const widget = page.locator('.aid-finder');
		await expect(widget.getByRole('status')).toHaveText(words.count);
		const before = await countOf(widget, words.count);

		// Question 1: the age, typed.
		await tabTo(page, widget.getByLabel(words.age));
		await page.keyboard.type('30');
		await tabTo(page, widget.getByRole('button', { name: words.next }));
		await page.keyboard.press('Enter');

		// Question 2 takes focus; Space picks the first answer.
		await expect(widget.getByRole('heading', { name: words.gender })).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(widget.getByRole('radio').first()).toBeChecked();
		await tabTo(page, widget.getByRole('button', { name: words.next }));
		await page.keyboard.press('Enter');

		// Question 3: arrow keys move to "somewhere else"; Jette's services no longer fit.
		await expect(widget.getByRole('heading', { name: words.municipality })).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(widget.getByRole('radio', { name: words.elsewhere })).toBeChecked();
		await expect.poll(() => countOf(widget, words.count)).toBeLessThan(before);
		await expect(widget.getByRole('button', { name: words.showUnlikely })).toBeVisible();
		expect(errors).toEqual([]);
	});

	test(`finder in ${lang}: search by word and filter, without answering any question`, async ({
		page
	}) => {
		await page.goto(pathFor('finder', lang));
		const widget = page.locator('.aid-finder');
		await expect(widget.getByRole('status')).toHaveText(words.count);
		const search = widget.locator('input[id$="-search"]');
		await tabTo(page, search);
		await page.keyboard.type(words.search);
		await expect(widget.getByRole('heading', { name: words.clothes })).toBeVisible();
		const found = await countOf(widget, /^(\d+)/);
		expect(found).toBeGreaterThan(0);
		expect(found).toBeLessThan(10);

		await search.fill('');
		const category = widget.getByLabel(words.category);
		await category.selectOption('legal');
		await expect(widget.getByRole('heading', { name: words.legal, exact: true })).toBeVisible();
		await expect(widget.locator('.aid-finder-group')).toHaveCount(1);
		await widget.locator('select[id$="-place"]').selectOption('jette');
		await expect(widget.locator('.aid-finder-service').first()).toBeVisible();
	});

	test(`finder in ${lang}: no axe violation, with the unlikely services and notes open`, async ({
		page
	}) => {
		// axe checks some 1,300 elements twice: on two shared cores that takes a while.
		test.setTimeout(120_000);
		const errors = collectErrors(page);
		await page.goto(pathFor('finder', lang));
		const widget = page.locator('.aid-finder');
		await expect(widget.locator('.aid-finder-status').first()).toBeVisible();
		await expectNoAxeViolations(page);
		// Living elsewhere: some services move behind the toggle; open it and a note.
		await widget.getByRole('button', { name: words.skip }).click();
		await widget.getByRole('button', { name: words.skip }).click();
		await widget.locator('input[type=radio][value=other]').check();
		await widget.getByRole('button', { name: words.showUnlikely }).click();
		await widget.locator('.aid-finder-notes summary').first().click();
		await widget.locator('input[type=radio][value=other]').focus();
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});

	test(`finder in ${lang}: fits a 320 px wide phone`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(pathFor('finder', lang));
		await page.locator('.aid-finder .aid-finder-notes summary').first().click();
		expect(await overflowsHorizontally(page)).toBe(false);
	});

	test(`finder in ${lang}: print hides the navigation and the questions`, async ({ page }) => {
		await page.goto(pathFor('finder', lang));
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		await expect(page.locator('.aid-finder-questions')).toBeHidden();
		await expect(page.locator('.aid-finder-service').first()).toBeVisible();
	});
}

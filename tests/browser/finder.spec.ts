import { expect, test, type Locator, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { pathFor } from '../../src/lib/site/pages';
import { expectNoAxeViolations, overflowsHorizontally } from './helpers';

/** What each language shows. */
const WORDS: Record<
	Lang,
	{ needs: string; age: string; gender: string; best: string; search: string; clothes: RegExp }
> = {
	nl: {
		needs: 'Waarmee zoekt u hulp?',
		age: 'Uw leeftijd',
		gender: 'Bent u een vrouw of een man?',
		best: 'Best voor u',
		search: 'kleren',
		clothes: /Tweedehandskledij \(Centre d'Entraide\)/
	},
	fr: {
		needs: 'Pour quoi cherchez-vous de l’aide\u202f?',
		age: 'Votre âge',
		gender: 'Êtes-vous une femme ou un homme ?',
		best: 'Le mieux pour vous',
		search: 'VETEMENTS',
		clothes: /Vêtements de seconde main \(Centre d'Entraide\)/
	},
	en: {
		needs: 'What do you need help with?',
		age: 'Your age',
		gender: 'Are you a woman or a man?',
		best: 'Best for you',
		search: 'clothes',
		clothes: /Second-hand clothes \(Centre d'Entraide\)/
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

	test(`finder in ${lang}: needs first, Enter advances, answers survive a reload (tab only)`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(pathFor('finder', lang));
		const widget = page.locator('.aid-finder');
		await expect(widget.getByRole('heading', { name: words.needs })).toBeVisible();

		// A bed tonight, by keyboard; Enter moves on to the age, typed, then Enter again.
		const shelter = widget.locator('input[type=checkbox][value=shelter]');
		await tabTo(page, shelter);
		await page.keyboard.press('Space');
		await expect(shelter).toBeChecked();
		await page.keyboard.press('Enter');
		await tabTo(page, widget.getByLabel(words.age));
		await page.keyboard.type('20');
		await page.keyboard.press('Enter');
		await expect(widget.getByRole('heading', { name: words.gender })).toBeFocused();
		await expect(widget.getByRole('heading', { name: words.best })).toBeVisible();

		// A reload keeps the answers (session storage), and nothing went into the URL.
		const url = page.url();
		await page.reload();
		await expect(widget.locator('input[type=checkbox][value=shelter]')).toBeChecked();
		expect(page.url()).toBe(url);
		expect(url).not.toContain('?');
		expect(errors).toEqual([]);
	});

	test(`finder in ${lang}: search by an everyday word, without answering any question`, async ({
		page
	}) => {
		await page.goto(pathFor('finder', lang));
		const widget = page.locator('.aid-finder');
		const search = widget.locator('input[id$="-search"]');
		await tabTo(page, search);
		await page.keyboard.type(words.search);
		await expect(widget.getByRole('heading', { name: words.clothes })).toBeVisible();
		const found = await widget.locator('.aid-finder-service').count();
		expect(found).toBeGreaterThan(0);
		expect(found).toBeLessThan(10);
	});

	test(`finder in ${lang}: no axe violation, with needs chosen and everything unfolded`, async ({
		page
	}) => {
		// axe checks some 1,300 elements twice: on two shared cores that takes a while.
		test.setTimeout(120_000);
		const errors = collectErrors(page);
		await page.goto(pathFor('finder', lang));
		const widget = page.locator('.aid-finder');
		await expect(widget.locator('.aid-finder-status').first()).toBeVisible();
		await expectNoAxeViolations(page);
		await widget.locator('input[type=checkbox][value=shelter]').check();
		await widget.locator('input[type=checkbox][value=housing]').check();
		// An age of 60 rules some shelters out (Accueil Montfort: 18 to 50; youth service: 18 to 25),
		// so the folded "probably not for you" group is there to unfold.
		await widget.locator('input[type=checkbox][value=housing]').press('Enter');
		await widget.getByLabel(words.age).fill('60');
		await widget.getByLabel(words.age).press('Enter');
		await widget.locator('.aid-finder-unlikely summary').first().click();
		await widget.locator('.aid-finder-notes summary').first().click();
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

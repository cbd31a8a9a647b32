import { expect, test, type Locator, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { pathFor } from '../../src/lib/site/pages';
import { expectNoAxeViolations, overflowsHorizontally } from './helpers';

/** What each language shows for the filled-in household (Restojet: 3 € × 2 people × 13 visits). */
const EXPECTED: Record<
	Lang,
	{ venue: RegExp; addPerson: RegExp; no: RegExp; figure: RegExp; ocmwAccess: RegExp }
> = {
	nl: {
		venue: /^Restojet$/,
		addPerson: /Persoon toevoegen/,
		no: /^Nee$/,
		figure: /€\s?78,00/,
		ocmwAccess: /Uitzondering mogelijk/
	},
	fr: {
		venue: /^Restojet$/,
		addPerson: /Ajouter une personne/,
		no: /^Non$/,
		figure: /78,00\s?€/,
		ocmwAccess: /Dérogation possible/
	},
	en: {
		venue: /^Restojet$/,
		addPerson: /Add a person/,
		no: /^No$/,
		figure: /€\s?78\.00/,
		ocmwAccess: /Exception possible/
	}
};

/** Presses Tab until the target has focus (keyboard only, as a visitor would). */
async function tabTo(page: Page, target: Locator, limit = 40) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('Tab never reached the target');
}

async function replaceFocused(page: Page, text: string) {
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type(text);
}

for (const lang of LANGS) {
	const expected = EXPECTED[lang];

	test(`meals in ${lang}: the whole form by keyboard alone`, async ({ page }) => {
		await page.goto(pathFor('meal-cost', lang));
		const widget = page.locator('.aid-meals');
		await expect(widget.getByRole('radio').first()).toBeChecked();

		// Restaurant: arrow keys move within the radio group.
		await tabTo(page, widget.getByRole('radio').first());
		await page.keyboard.press('ArrowDown');
		await expect(widget.getByRole('radio', { name: expected.venue })).toBeChecked();

		// Household: an adult of 40, then a child of 8 in a new row that gets focus.
		await page.keyboard.press('Tab');
		await replaceFocused(page, '40');
		await tabTo(page, widget.getByRole('button', { name: expected.addPerson }));
		await page.keyboard.press('Enter');
		const ages = widget.locator('.aid-meals-household input');
		await expect(ages).toHaveCount(2);
		await expect(ages.nth(1)).toBeFocused();
		await page.keyboard.type('8');

		// No leefloon; an income equal to the leefloon of a single person (1 314,20 € in 2025).
		await tabTo(page, widget.locator('input[type=radio][value=yes]'));
		await page.keyboard.press('ArrowDown');
		await expect(widget.getByRole('radio', { name: expected.no })).toBeChecked();
		const income = widget.locator('input[id$="-income"]');
		await tabTo(page, income);
		await page.keyboard.type('1314,20');

		// Three visits a week: 3 × 52 ÷ 12 = 13 a month.
		await tabTo(page, widget.locator('input[id$="-per-week"]'));
		await replaceFocused(page, '3');

		await expect(widget.locator('.aid-result__figure')).toHaveText(expected.figure);
		await expect(widget.locator('.aid-meals-per-month')).toContainText('13');
		await expect(widget.locator('.aid-meals-chart__labels')).toContainText(expected.ocmwAccess);
		await expect(ages.nth(0)).toHaveValue('40');
		await expect(income).toHaveValue('1314,20');
	});

	test(`meals in ${lang}: no axe violation, with the income fields and the explanation open`, async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(pathFor('meal-cost', lang));
		await expectNoAxeViolations(page);
		await page.locator('.aid-meals input[type=radio][value=no]').check();
		await page.locator('.aid-meals input[id$="-income"]').fill('1314,20');
		await page.locator('.aid-meals .aid-explain__summary').click();
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});

	test(`meals in ${lang}: fits a 320 px wide phone`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(pathFor('meal-cost', lang));
		await page.locator('.aid-meals input[type=radio][value=no]').check();
		await page.locator('.aid-meals input[id$="-income"]').fill('1314,20');
		await page.locator('.aid-meals .aid-explain__summary').click();
		expect(await overflowsHorizontally(page)).toBe(false);
	});

	test(`meals in ${lang}: prints on one page without navigation`, async ({ page }) => {
		await page.goto(pathFor('meal-cost', lang));
		await page.locator('.aid-meals input[type=radio][value=no]').check();
		await page.locator('.aid-meals input[id$="-income"]').fill('1314,20');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		await expect(page.locator('.aid-meals .aid-explain__body')).toBeVisible();
		await expect(page.locator('.aid-meals .aid-service')).toBeVisible();
		const pdf = await page.pdf({ format: 'A4' });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages).toBe(1);
	});
}

import { expect, test, type Locator, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { pathFor } from '../../src/lib/site/pages';
import { expectNoAxeViolations, overflowsHorizontally } from './helpers';

/**
 * What each language shows for the household typed below: 40, 33, 6 and a baby of 1 — on the
 * modified OECD scale 1 + 0.5 + 0.3 + 0.3 = 2.1 times one adult (no size, no contents).
 */
const EXPECTED: Record<
	Lang,
	{ addPerson: RegExp; remove3: RegExp; figure: RegExp; units: RegExp }
> = {
	nl: {
		addPerson: /Persoon toevoegen/,
		remove3: /Persoon 3 verwijderen/,
		figure: /4 personen/,
		units: /ongeveer 2,1 keer/
	},
	fr: {
		addPerson: /Ajouter une personne/,
		remove3: /Retirer la personne 3/,
		figure: /4 personnes/,
		units: /environ 2,1 fois/
	},
	en: {
		addPerson: /Add a person/,
		remove3: /Remove person 3/,
		figure: /4 persons/,
		units: /about 2\.1 times/
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

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

for (const lang of LANGS) {
	const expected = EXPECTED[lang];

	test(`food package in ${lang}: the household by keyboard alone`, async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(pathFor('food-package', lang));
		const widget = page.locator('.aid-food');
		const ages = widget.locator('.aid-meals-household input');
		await expect(ages).toHaveCount(3);

		// The first person becomes 40; then a fourth person, a baby of 1, in a new field that has focus.
		await tabTo(page, ages.first());
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('40');
		await tabTo(page, widget.getByRole('button', { name: expected.addPerson }));
		await page.keyboard.press('Enter');
		await expect(ages).toHaveCount(4);
		await expect(ages.nth(3)).toBeFocused();
		await page.keyboard.type('1');

		await expect(widget.locator('.aid-result__figure')).toHaveText(expected.figure);
		await expect(widget.locator('.aid-result__meaning')).toContainText(expected.units);
		await expect(ages.first()).toHaveValue('40');

		// An age with letters shows a message next to the field and keeps what was typed.
		await tabTo(page, ages.nth(2));
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('six');
		await expect(ages.nth(2)).toHaveAttribute('aria-invalid', 'true');
		await expect(ages.nth(2)).toHaveValue('six');
		await expect(widget.locator('.aid-field__error')).toHaveCount(1);

		// Removing that person by keyboard brings the result back.
		await tabTo(page, widget.getByRole('button', { name: expected.remove3 }));
		await page.keyboard.press('Enter');
		await expect(ages).toHaveCount(3);
		await expect(widget.locator('.aid-result__figure')).toHaveText(/3/);
		expect(errors).toEqual([]);
	});

	test(`food package in ${lang}: no axe violation, with the explanation open`, async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(pathFor('food-package', lang));
		await expectNoAxeViolations(page);
		await page.locator('.aid-food .aid-explain__summary').click();
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});

	test(`food package in ${lang}: fits a 320 px wide phone`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(pathFor('food-package', lang));
		await page.locator('.aid-food .aid-explain__summary').click();
		expect(await overflowsHorizontally(page)).toBe(false);
	});

	test(`food package in ${lang}: prints on one page without navigation`, async ({ page }) => {
		await page.goto(pathFor('food-package', lang));
		await page.locator('.aid-food .aid-meals-household input').first().fill('40');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		await expect(page.locator('.aid-food .aid-explain__body')).toBeVisible();
		await expect(page.locator('.aid-food .aid-service')).toBeVisible();
		await expect(page.locator('.aid-food-picture')).toBeVisible();
		const pdf = await page.pdf({ format: 'A4' });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages).toBe(1);
	});
}

import { expect, test, type Locator, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { pathFor } from '../../src/lib/site/pages';
import { expectNoAxeViolations, overflowsHorizontally } from './helpers';

/** What each language shows: 5 € a month for 18 months, then a loan of 300 € at 5 € a month. */
const EXPECTED: Record<
	Lang,
	{ amount: string; figure: RegExp; meaning: RegExp; plan: RegExp; planMonths: RegExp }
> = {
	nl: {
		amount: '5,00',
		figure: /€\s180,00/,
		meaning:
			/Als u 18 maanden lang €\s5,00 per maand spaart, kunt u €\s180,00 lenen zonder intrest\./,
		plan: /Ik wil een bedrag lenen/,
		planMonths: /Spaar 30 maanden lang €\s5,00 per maand, dan kunt u €\s300,00 lenen\./
	},
	fr: {
		amount: '5,00',
		figure: /180,00\s€/,
		meaning:
			/Si vous épargnez 5,00\s€ par mois pendant 18 mois, vous pouvez emprunter 180,00\s€ sans intérêts\./,
		plan: /Je veux emprunter un montant/,
		planMonths: /Épargnez 5,00\s€ par mois pendant 30 mois, et vous pourrez emprunter 300,00\s€\./
	},
	en: {
		amount: '5.00',
		figure: /€180\.00/,
		meaning: /After 18 months of saving €5\.00 a month, you can borrow €180\.00 without interest\./,
		plan: /I want to borrow an amount/,
		planMonths: /Save €5\.00 a month for 30 months, then you can borrow €300\.00\./
	}
};

/** Presses Tab until the target has focus (keyboard only, as a visitor would). */
async function tabTo(page: Page, target: Locator, limit = 30) {
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

	test(`savings group in ${lang}: both modes by keyboard alone`, async ({ page }) => {
		await page.goto(pathFor('savings-loan', lang));
		const widget = page.locator('.aid-savings-loan');
		const status = widget.getByRole('status');

		await tabTo(page, widget.locator('input[id$="-monthly"]'));
		await replaceFocused(page, expected.amount);
		await page.keyboard.press('Tab');
		await expect(widget.locator('input[id$="-months"]')).toBeFocused();
		await replaceFocused(page, '18');
		await expect(status).toContainText(expected.figure);
		await expect(status).toContainText(expected.meaning);
		await expect(widget.locator('.aid-chart__mark')).toHaveCount(2); // the chart and its legend

		// Back to the mode choice; arrow keys move within the radio group.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await expect(widget.getByRole('radio').first()).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(widget.getByRole('radio', { name: expected.plan })).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(widget.locator('input[id$="-target"]')).toBeFocused();
		await replaceFocused(page, '300');
		await page.keyboard.press('Tab');
		// The monthly amount typed before is still there.
		await expect(widget.locator('input[id$="-plan-monthly"]')).toBeFocused();
		await expect(widget.locator('input[id$="-plan-monthly"]')).toHaveValue(expected.amount);
		await expect(status).toContainText(expected.planMonths);

		await expectNoAxeViolations(page);
	});

	test(`savings group in ${lang}: no axe violation, explanation open or an error shown; fits 320 px`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(pathFor('savings-loan', lang));
		const widget = page.locator('.aid-savings-loan');
		await expect(widget.getByRole('status')).not.toBeEmpty();
		expect(await overflowsHorizontally(page)).toBe(false);

		await widget.locator('details.aid-explain summary').click();
		await expect(widget.locator('.aid-explain__steps')).toBeVisible();
		await expectNoAxeViolations(page);
		expect(await overflowsHorizontally(page)).toBe(false);

		// A field shows its error once it has been left.
		await widget.locator('input[id$="-months"]').fill('1,5');
		await widget.locator('input[id$="-months"]').press('Tab');
		await expect(widget.locator('.aid-field__error')).toHaveCount(1);
		await expectNoAxeViolations(page);
		expect(await overflowsHorizontally(page)).toBe(false);
	});

	test(`savings group in ${lang}: prints on one page without navigation`, async ({ page }) => {
		await page.goto(pathFor('savings-loan', lang));
		await expect(page.locator('.aid-savings-loan').getByRole('status')).not.toBeEmpty();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		await expect(page.getByRole('button', { name: /print|afdrukken|imprimer/i })).toBeHidden();
		await expect(page.locator('.aid-explain__steps')).toBeVisible();
		const pdf = await page.pdf({ format: 'A4' });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages).toBe(1);
	});
}

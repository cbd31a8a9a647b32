import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/lib/site/pages';
import { overflowsHorizontally } from './helpers';

/*
 * The first person, as written: a 30-year-old single mother in Jette on the leefloon, on a
 * phone, in Dutch. Her "Best for you" names food aid, L'Arbre de Vie and the OCMW's regular support;
 * the screenshot (test-results/) is for a person to look at.
 */
test('finder on a 360 px phone, in Dutch: a single mother in Jette on the leefloon', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto(pathFor('finder', 'nl'));
	const widget = page.locator('.aid-finder');
	for (const need of ['food', 'money', 'family']) {
		await widget.locator(`input[type=checkbox][value=${need}]`).check();
	}
	const next = widget.getByRole('button', { name: /^Volgende$/ });
	await next.click();
	// Only the questions that matter for these needs: no age (no such service depends on it).
	await expect(widget.getByText('Vraag 2 van 5')).toBeVisible();
	await widget.getByRole('radio', { name: 'Een vrouw' }).check();
	await page.keyboard.press('Enter');
	await widget.locator('input[type=radio][value=jette]').check();
	await page.keyboard.press('Enter');
	await widget.locator('input[type=radio][name$="-children"][value=single]').check();
	await page.keyboard.press('Enter');
	await widget.locator('input[type=radio][name$="-leefloon"][value=yes]').check();

	const best = widget.locator('section.aid-finder-group').first();
	await expect(best.getByRole('heading', { name: 'Best voor u' })).toBeVisible();
	const names = await best.locator('.aid-finder-service__name').allTextContents();
	expect(names.map((n) => n.trim())).toEqual(
		expect.arrayContaining(['Voedselhulp', "L'Arbre de Vie"])
	);
	expect(await overflowsHorizontally(page)).toBe(false);
	await best.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('finder-nl-360.png'), fullPage: false });
	await page.screenshot({ path: 'test-results/finder-nl-360-full.png', fullPage: true });
});

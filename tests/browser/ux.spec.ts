import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n/lang';
import { EMBEDDED_WIDGETS } from '../../src/lib/embed/widgets';
import { EMBEDDING_GUIDE_PATH, PAGES, pathFor } from '../../src/lib/site/pages';
import { expectNoAxeViolations, overflowsHorizontally } from './helpers';

/* Issue 15: what a resident and a partner hit on a first visit (the ux engineer's items). */

const SOURCES = { nl: '/nl/bronnen/', fr: '/fr/sources/', en: '/en/sources/' } as const;

test.describe('the About page', () => {
	for (const lang of LANGS) {
		test(`in ${lang}: linked from every footer, says who, sources, privacy, accessibility, reporting`, async ({
			page
		}) => {
			for (const entry of PAGES) {
				await page.goto(pathFor(entry.id, lang));
				await expect(page.locator('footer a')).toHaveAttribute('href', pathFor('about', lang));
			}
			await page.goto(pathFor('home', lang));
			await page.locator('footer a').click();
			await expect(page).toHaveURL(pathFor('about', lang));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h2')).toHaveCount(5);
			await expect(page.locator(`main a[href="${SOURCES[lang]}"]`)).toHaveCount(1);
			await expect(page.locator('main')).toContainText(/OCMW|CPAS/);
			await expect(page.locator('main')).toContainText(/WCAG 2\.2/);
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('forms that do not shout, on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('choosing "No" for the leefloon: no error yet, the result stays in place, greyed', async ({
		page
	}) => {
		await page.goto(pathFor('meal-cost', 'en'));
		const widget = page.locator('[data-aid-island]');
		await expect(widget.locator('.aid-result__figure')).toBeVisible();
		await page.waitForLoadState('networkidle'); // the island has hydrated
		const result = widget.locator('section.aid-result');
		const form = widget.locator('.aid-form').first();
		const measure = async () => {
			const [r, f] = [(await result.boundingBox())!, (await form.boundingBox())!];
			return { gap: Math.round(r.y - (f.y + f.height)), height: Math.round(r.height) };
		};
		const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
		const before = await measure();
		const heightBefore = await pageHeight();
		const figure = await widget.locator('.aid-result__figure').textContent();

		await widget.getByRole('radio', { name: 'No' }).check();
		const income = widget.getByLabel('Your net income');
		await expect(income).toBeVisible();
		await expect(widget.locator('.aid-field__error')).toHaveCount(0);
		await expect(result).toHaveClass(/aid-result--stale/);
		await expect(widget.locator('.aid-result__figure')).toHaveText(figure!);
		await expect(result).toContainText('Complete or correct the fields above');
		// The result keeps its place under the form and its size; the page grows, never collapses.
		const after = await measure();
		expect(after.gap).toBe(before.gap);
		expect(Math.abs(after.height - before.height)).toBeLessThanOrEqual(32);
		expect(await pageHeight()).toBeGreaterThanOrEqual(heightBefore);
		await page.screenshot({ path: 'test-results/ux-meals-no-leefloon-360.png', fullPage: true });

		// Leaving the empty field is when it asks to be filled in.
		await income.focus();
		await page.keyboard.press('Tab');
		await expect(widget.locator('.aid-field__error')).toHaveCount(1);
		await income.fill('900');
		await expect(result).not.toHaveClass(/aid-result--stale/);
	});

	test('"add a person" shows no error; the button stops at 30 and says why', async ({ page }) => {
		await page.goto(pathFor('food-package', 'en'));
		const widget = page.locator('[data-aid-island]');
		const add = widget.getByRole('button', { name: /Add a person/ });
		await expect(widget.locator('.aid-result__figure')).toBeVisible();
		await add.click();
		await expect(widget.locator('.aid-field__error')).toHaveCount(0);
		const ages = widget.locator('input[inputmode="numeric"]');
		while ((await ages.count()) < 30) await add.click();
		await expect(add).toBeDisabled();
		await expect(widget).toContainText('This household has 30 persons');
		expect(await ages.count()).toBe(30);
	});

	test('the savings headline answers the question', async ({ page }) => {
		await page.goto(pathFor('savings-loan', 'en'));
		const widget = page.locator('[data-aid-island]');
		await widget.getByLabel('For how many months?').fill('8');
		await expect(widget.locator('.aid-result__figure')).toHaveText(
			'In 4 months you can borrow €60.00.'
		);
	});
});

test.describe('a language switch keeps what was typed', () => {
	test('meals in English to Dutch: the same choices and values, nothing in the URL', async ({
		page
	}) => {
		await page.goto(pathFor('meal-cost', 'en'));
		const widget = page.locator('[data-aid-island]');
		await expect(widget.locator('.aid-result__figure')).toBeVisible();
		await page.waitForLoadState('networkidle'); // the island has hydrated
		await widget.getByRole('radio', { name: 'Restojet' }).check();
		await widget.getByRole('button', { name: /Add a person/ }).click();
		await widget.getByLabel('Person 2: age').fill('8');
		await widget.getByRole('radio', { name: 'No' }).check();
		await widget.getByLabel('Your net income').fill('1200,50');
		await widget.getByLabel(/meals a week|How many times a week/i).fill('3');

		await page.locator('nav.lang-switch').getByRole('link', { name: 'Nederlands' }).click();
		await expect(page).toHaveURL(pathFor('meal-cost', 'nl'));
		expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
		const nl = page.locator('[data-aid-island]');
		await expect(nl.getByLabel('Uw netto-inkomen')).toHaveValue('1200,50');
		await expect(nl.getByRole('radio', { name: 'Restojet' })).toBeChecked();
		await expect(nl.getByRole('radio', { name: 'Nee' })).toBeChecked();
		await expect(nl.locator('input[inputmode="numeric"]').nth(1)).toHaveValue('8');
		// Read back once, then gone from the tab's storage.
		expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const id of ['savings-loan', 'meal-cost', 'food-package'] as const) {
		test(`the ${id} page says its result is only an example`, async ({ page }) => {
			await page.goto(pathFor(id, 'en'));
			const note = page.locator('.aid-noscript');
			await expect(note).toBeVisible();
			await expect(note).toContainText('only an example');
			// Above the result, where it is read first.
			const [n, r] = [
				(await note.boundingBox())!,
				(await page.locator('.aid-result').boundingBox())!
			];
			expect(n.y).toBeLessThan(r.y);
		});
	}
	test('with JavaScript the note does not show', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: true });
		const page = await context.newPage();
		await page.goto(pathFor('meal-cost', 'en'));
		await expect(page.locator('.aid-noscript')).toBeHidden();
		await context.close();
	});
});

test.describe('the configurator and the embedding guide', () => {
	for (const lang of LANGS) {
		test(`in ${lang}: options in words, the guide linked`, async ({ page }) => {
			await page.goto(pathFor('embed', lang));
			await page.waitForLoadState('networkidle');
			// No raw attribute name as a label or a choice, for any calculator.
			const widgets = page.locator('input[type="radio"][name$="-widget"]');
			for (let index = 0; index < (await widgets.count()); index++) {
				await widgets.nth(index).check();
				const labels = await page.locator('.embed__group label').allTextContents();
				const choices = await page.locator('.embed__group option').allTextContents();
				for (const text of [...labels, ...choices]) {
					expect(text.trim()).not.toMatch(
						/^[a-z]+(-[a-z]+)+$|^(mode|months|venue|ages|calculate|plan|yes|no|single|cohabiting|family|ocmw|restojet|engelbewaarder)$/
					);
				}
			}
			await page.waitForLoadState('networkidle');
			const guide = page.locator(`a[href="${EMBEDDING_GUIDE_PATH}"]`);
			await expect(guide).toHaveAttribute('hreflang', 'en');
			await guide.click();
			await expect(page).toHaveURL(EMBEDDING_GUIDE_PATH);
		});
	}

	test('the guide is EMBEDDING.md as a page, in English, axe clean and phone-sized', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		const response = await page.goto(EMBEDDING_GUIDE_PATH);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toHaveText('Putting a calculator on your website');
		await expect(page.locator('main table').first()).toBeVisible();
		await expect(page.locator('main pre code').first()).toContainText('loader.js');
		expect(await page.locator('script[src], script:not([type="application/json"])').count()).toBe(
			0
		);
		expect(await overflowsHorizontally(page)).toBe(false);
		await expectNoAxeViolations(page);
	});
});

/** Every interactive element's box, or its label's when the label wraps it (radios, checkboxes). */
async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const small: string[] = [];
		const roots: (Document | ShadowRoot)[] = [document];
		for (const host of document.querySelectorAll('*'))
			if (host.shadowRoot) roots.push(host.shadowRoot);
		for (const root of roots) {
			for (const element of root.querySelectorAll<HTMLElement>(
				'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'
			)) {
				if (element.closest('[hidden], .skip-link') || element.getClientRects().length === 0)
					continue;
				const style = getComputedStyle(element);
				if (style.visibility === 'hidden') continue;
				// WCAG 2.5.8's inline exception: a link inside a sentence is sized by the text around it.
				if (element.tagName === 'A') {
					const block = element.parentElement!;
					const own = (element.textContent ?? '').trim().length;
					const around = (block.textContent ?? '').trim().length;
					if (around > own + 1 && getComputedStyle(block).display !== 'flex') continue;
				}
				const target = element.closest('label') ?? element;
				const box = target.getBoundingClientRect();
				if (box.width < 44 - 0.5 || box.height < 44 - 0.5) {
					const name = (element.getAttribute('aria-label') ?? element.textContent ?? element.id)
						.trim()
						.slice(0, 40);
					small.push(
						`${element.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`
					);
				}
			}
		}
		return small;
	});
}

test.describe('tap targets on a 360 px touch screen', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('the iframe pages: each target at least 44 × 44 px, with side padding', async ({ page }) => {
		const problems: string[] = [];
		for (const widget of EMBEDDED_WIDGETS) {
			await page.goto(`/embed/${widget}/?lang=en`);
			await page.locator(`aid-${widget}`).waitFor();
			await page.waitForLoadState('networkidle');
			for (const target of await smallTargets(page)) problems.push(`${widget}: ${target}`);
			const frame = await page
				.locator('.aid-frame')
				.evaluate((el) => getComputedStyle(el).paddingLeft);
			expect(parseFloat(frame), `${widget} side padding`).toBeGreaterThanOrEqual(12);
		}
		expect(problems).toEqual([]);
	});
});

import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
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

const KEEP = 'Keep on this device';
const MAKE_LINK = {
	nl: 'Een link maken en kopiëren',
	fr: 'Faire un lien et le copier',
	en: 'Make a link and copy it'
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

/** Opens the session page and waits until it has read the link and the device. */
async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('.aid-session[data-loaded]')).toBeVisible();
}

/** The share button: the household goes into the link (and the address bar) only now. */
async function makeLink(page: Page, lang: (typeof LANGS)[number] = 'en'): Promise<string> {
	await page.getByRole('button', { name: MAKE_LINK[lang] }).click();
	await expect(page).toHaveURL(/#s3\.[A-Za-z0-9_-]+$/);
	return page.url();
}

/** A link as the page writes one, from any JSON: for links the page itself would never make. */
function craftedLink(lang: (typeof LANGS)[number], version: number, value: unknown): string {
	const packed = deflateRawSync(Buffer.from(JSON.stringify(value)));
	return `${pathFor('session', lang)}#s${version}.${packed.toString('base64url')}`;
}

/**
 * Fills a household by keyboard alone: two people, Jette, no leefloon with an income. Starts with
 * the focus on person 1's age.
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
		await open(page, pathFor('session', lang));
		const entries = await page.evaluate(() => history.length);
		await fillByKeyboard(page, lang);

		const picture = figures(page);
		// Two people at Restojet, 3 € each; the leefloon of a single person; a loan after a year.
		await expect(picture).toContainText(/6[.,]00/);
		await expect(picture).toContainText(/1\D?314[.,]20/);
		await expect(picture).toContainText(/60[.,]00/);
		// Nothing went into the address bar or the history while typing.
		await page.waitForTimeout(500);
		expect(new URL(page.url()).hash).toBe('');
		expect(await page.evaluate(() => history.length)).toBe(entries);

		const link = await makeLink(page, lang);
		expect(await page.evaluate(() => history.length)).toBe(entries);
		await expect(page.locator('.aid-session input[readonly]')).toHaveValue(link);
		console.log(`session link (${lang}): ${link.length} characters`);
		expect(link.length).toBeLessThan(2000);
		const shown = await picture.innerText();

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		const otherErrors = watchErrors(other);
		await open(other, link);
		await expect(other.getByLabel(WORDS[lang].age2)).toHaveValue('8');
		await expect.poll(() => figures(other).innerText()).toBe(shown);
		expect(otherErrors).toEqual([]);
		await fresh.close();

		// A change after the link was made takes the out-of-date household out of the address bar.
		await page.getByLabel(WORDS[lang].age2).fill('9');
		await expect.poll(() => new URL(page.url()).hash).toBe('');

		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});
}

test('a damaged, truncated, unknown or oversized link says what is wrong and changes nothing', async ({
	page
}) => {
	const errors = watchErrors(page);
	const path = pathFor('session', 'en');
	const good = craftedLink('en', 3, { v: 3 });
	const cases: [string, RegExp][] = [
		['#s3.%%%not-base64', /damaged or incomplete/],
		['#s3.AAAAAAAA', /damaged or incomplete/],
		[good.slice(good.indexOf('#'), -3), /damaged or incomplete/],
		['#anything', /damaged or incomplete/],
		[craftedLink('en', 9, { v: 9 }).slice(path.length), /newer version of this page/],
		[craftedLink('en', 0, { v: 0 }).slice(path.length), /not made by this page/],
		[craftedLink('en', 3, { v: 3, admin: true }).slice(path.length), /values this page cannot use/]
	];
	for (const [fragment, message] of cases) {
		await page.goto('/en/');
		await open(page, path + fragment);
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
		await expect(page.getByLabel(WORDS.en.age1)).toHaveValue('35');
		await expect(page.getByLabel(WORDS.en.age2)).toHaveCount(0);
		await expect(figures(page)).toContainText(/60[.,]00/);
	}
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});

test('a link that would expand to far more than a household is refused, fast', async ({ page }) => {
	// The attack: 1.39 MB of link expanding to 1 GB. 20 MB of zeros deflate to about 20 KB here.
	const bomb = craftedLink('en', 3, { v: 3, padding: '0'.repeat(20_000_000) });
	console.log(`bomb link: ${bomb.length} characters`);
	const started = Date.now();
	await open(page, bomb);
	await expect(page.getByRole('alert')).toContainText(
		'This link holds far more than any household needs (over 64 KB), so it was not opened.'
	);
	console.log(`bomb refused, page ready in ${Date.now() - started} ms`);
	await expect(page.getByLabel(WORDS.en.age1)).toHaveValue('35');
});

test('opening a link while a household is kept asks, and never replaces the kept one', async ({
	page,
	browser
}) => {
	const errors = watchErrors(page);
	const path = pathFor('session', 'en');
	// A shared household: one person of 70, from another worker's device.
	const sharer = await browser.newContext();
	const sharerPage = await sharer.newPage();
	await open(sharerPage, path);
	await sharerPage.getByLabel(WORDS.en.age1).fill('70');
	const shared = await makeLink(sharerPage);
	await sharer.close();

	// This device keeps a household of two.
	await open(page, path);
	await fillByKeyboard(page, 'en');
	await page.getByRole('checkbox', { name: KEEP }).check();
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('aid-session')))
		.toMatch(/^#s3\./);
	await page.waitForTimeout(500);
	const kept = await page.evaluate(() => localStorage.getItem('aid-session'));

	// "Keep yours": the kept household, the link out of the address bar, storage untouched.
	await page.goto('/en/');
	await open(page, shared);
	const choice = page.getByRole('region', { name: 'This link holds another household' });
	await expect(choice).toBeFocused();
	await expect(page.getByLabel(WORDS.en.age2)).toHaveValue('8');
	await choice.getByRole('button', { name: 'Keep yours' }).click();
	await expect(choice).toHaveCount(0);
	await expect(page.getByLabel(WORDS.en.age1)).toHaveValue('41');
	expect(new URL(page.url()).hash).toBe('');
	expect(await page.evaluate(() => localStorage.getItem('aid-session'))).toBe(kept);

	// "Open the shared household (yours stays kept)": shown, not written over the kept one.
	await page.goto('/en/');
	await open(page, shared);
	await page.getByRole('button', { name: 'Open the shared household (yours stays kept)' }).click();
	await expect(page.getByLabel(WORDS.en.age1)).toHaveValue('70');
	await expect(page.getByRole('status').filter({ hasText: 'Yours is still kept' })).toBeVisible();
	const box = page.getByRole('checkbox', { name: KEEP });
	await expect(box).not.toBeChecked();
	await page.getByLabel(WORDS.en.age1).fill('71');
	await page.waitForTimeout(600);
	expect(await page.evaluate(() => localStorage.getItem('aid-session'))).toBe(kept);

	// Ticking "keep" now asks before replacing; cancelling leaves the kept household.
	await box.click();
	await expect(box).not.toBeChecked();
	await expect(page.getByText('Another household is kept on this device.')).toBeVisible();
	await page.getByRole('button', { name: 'Cancel: leave the kept household' }).click();
	expect(await page.evaluate(() => localStorage.getItem('aid-session'))).toBe(kept);

	// The kept household is still there without a link.
	await page.goto('/en/');
	await open(page, path);
	await expect(page.getByLabel(WORDS.en.age1)).toHaveValue('41');
	await expect(page.getByLabel(WORDS.en.age2)).toHaveValue('8');
	expect(errors).toEqual([]);
});

test('an unreadable kept household is set aside, not deleted, and offered as a file', async ({
	page
}) => {
	const errors = watchErrors(page);
	const path = pathFor('session', 'en');
	const cases: [string, string][] = [
		['#s3.garbage', 'the data is damaged'],
		[craftedLink('en', 7, { v: 7 }).slice(path.length), 'saved by a newer version of this page']
	];
	for (const [saved, reason] of cases) {
		await page.goto('/en/');
		await page.evaluate((value) => {
			localStorage.clear();
			localStorage.setItem('aid-session', value);
		}, saved);
		await open(page, path);
		await expect(page.getByRole('alert')).toContainText(reason);
		await expect(page.getByRole('alert')).toContainText('It has been set aside, not deleted.');
		expect(await page.evaluate(() => localStorage.getItem('aid-session-set-aside'))).toBe(saved);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the set-aside household' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('household-set-aside.txt');
		expect(readFileSync(await file.path(), 'utf8').trim()).toBe(saved);
		await expect(page.getByRole('checkbox', { name: KEEP })).not.toBeChecked();
	}
	// "Forget this household" then removes everything, the set-aside copy too.
	await page.getByRole('button', { name: 'Forget this household' }).click();
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	expect(errors).toEqual([]);
});

test('storage blocked by the browser: the box says so, stays unticked, nothing throws', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await open(page, pathFor('session', 'en'));
	const box = page.getByRole('checkbox', { name: KEEP });
	await box.click();
	await expect(box).not.toBeChecked();
	await expect(page.getByText('This browser does not let this page keep anything')).toBeVisible();
	await box.click();
	await expect(box).not.toBeChecked();
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});

test('print: only the summary, in the resident’s language, dated, with the rules version', async ({
	page
}) => {
	await open(page, pathFor('session', 'en'));
	await fillByKeyboard(page, 'en');
	await page.getByLabel('Language of the summary for the resident').selectOption('nl');
	const summary = page.locator('.aid-session__summary');
	await expect(summary).toHaveAttribute('lang', 'nl');
	await expect(summary).toContainText('Een schatting, geen beslissing.');
	await expect(summary).toContainText('Versie van de regels');
	await expect(summary).toContainText(/bedragen van kracht op \d+ \w+ 20\d\d/);
	// Each source once, under the figures; each figure refers to it by number.
	const sources = summary.locator('.aid-session__sources li');
	const lines = await sources.allInnerTexts();
	expect(lines.length).toBeGreaterThan(0);
	expect(new Set(lines).size).toBe(lines.length);
	await expect(summary.locator('.aid-session__summary-figures')).toContainText('Bron: 1');
	await expect(summary).not.toContainText('Source');

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

test('keep on this device is off by default; forget leaves nothing in storage or the address', async ({
	page
}) => {
	const path = pathFor('session', 'en');
	await open(page, path);
	const remember = page.getByRole('checkbox', { name: KEEP });
	await expect(remember).not.toBeChecked();
	await fillByKeyboard(page, 'en');
	await page.waitForTimeout(500);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);

	await remember.focus();
	await page.keyboard.press('Space');
	await expect(remember).toBeChecked();
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('aid-session')))
		.toMatch(/^#s3\./);
	// Keeping writes to the device, never to the address bar.
	expect(new URL(page.url()).hash).toBe('');

	// Without the link, the kept household comes back and the box stays checked.
	await open(page, path);
	await expect(page.getByLabel(WORDS.en.age2)).toHaveValue('8');
	await expect(remember).toBeChecked();
	await makeLink(page);

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

test('a Dutch page writes amounts the Dutch way and asks meals per week', async ({ page }) => {
	await open(page, pathFor('session', 'nl'));
	await expect(page.getByLabel('Bedrag dat elke maand gespaard wordt')).toHaveValue('2,50');
	await expect(figures(page)).toContainText('€ 2,50');
	await expect(figures(page)).not.toContainText('2.50');
	await page.getByLabel('Bezoeken per week').fill('1,5');
	// 1,5 a week × 52 ÷ 12 = 6,5 → 7 visits of € 3,00 at Restojet.
	await expect(figures(page)).toContainText('€ 21,00');
});

test('on a 1280 px laptop the inputs and the first result share one screen, and the results stay in view', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, pathFor('session', 'en'));
	const inView = async (selector: string) => {
		const box = await page.locator(selector).first().boundingBox();
		return box !== null && box.y >= 0 && box.y + Math.min(box.height, 60) <= 800;
	};
	expect(await inView(`input[id$="-age-0"]`)).toBe(true);
	expect(await inView('.aid-session__figure')).toBe(true);
	// Side by side: the results start to the right of the form.
	const form = (await page.locator('.aid-session__household').boundingBox())!;
	const results = (await page.locator('.aid-session__picture').boundingBox())!;
	expect(results.x).toBeGreaterThan(form.x + form.width - 1);
	await page.screenshot({ path: 'test-results/session-1280.png' });

	// Far down the form, at the savings, the results are still on screen.
	await page.getByLabel('Months of saving').scrollIntoViewIfNeeded();
	await page.getByLabel('Months of saving').fill('8');
	expect(await inView('.aid-session__figure')).toBe(true);
	await page.screenshot({ path: 'test-results/session-1280-scrolled.png' });
	expect(await overflowsHorizontally(page)).toBe(false);
	await expectNoAxeViolations(page);
});

test('after a first visit, the session page opens and computes offline', async ({
	page,
	context
}) => {
	await open(page, pathFor('session', 'fr'));
	await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await fillByKeyboard(page, 'fr');
	const link = await makeLink(page, 'fr');

	await context.setOffline(true);
	await page.goto('/fr/');
	await open(page, link);
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

test('the session page fits a 320 px and a 360 px wide phone', async ({ page }) => {
	for (const width of [320, 360]) {
		await page.setViewportSize({ width, height: 640 });
		for (const lang of LANGS) {
			await open(page, pathFor('session', lang));
			expect(await overflowsHorizontally(page)).toBe(false);
		}
	}
	await page.screenshot({ path: 'test-results/session-360.png', fullPage: true });
});

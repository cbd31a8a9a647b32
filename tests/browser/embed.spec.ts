import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EMBEDDED_WIDGETS, type EmbeddedWidget } from '../../src/lib/embed/widgets';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { pathFor } from '../../src/lib/site/pages';
import { expectNoAxeViolations } from './helpers';

/*
 * The widgets on partner pages (issue 7). The partner pages (tests/fixtures/partner/) are served by
 * tests/fixtures/partner-server.mjs on another origin than the site, with the strict CSP of the issue,
 * and hold the snippets of EMBEDDING.md.
 */
const SITE = `http://localhost:${process.env.TEST_SITE_PORT ?? 4180}`;
const PARTNER = `http://localhost:${process.env.TEST_PARTNER_PORT ?? 4181}`;

/** Per widget: what to do on the partner page to make it compute and grow, and what comes out. */
interface WidgetCase {
	/** The result the fixture's starting values give (a subset of the aid-result detail). */
	expected: Record<string, unknown>;
	/** Changes one input; the next result must differ. */
	change: (widget: Locator) => Promise<void>;
	/** Makes the widget taller (the iframe must follow), then shorter again. */
	grow: (widget: Locator) => Promise<void>;
	shrink: (widget: Locator) => Promise<void>;
}

/** Each widget's title in each language, from the message files. */
const MESSAGE_AREA: Record<EmbeddedWidget, string> = {
	'savings-loan': 'savings',
	'meal-cost': 'meals',
	'food-package': 'food'
};
function headingOf(widget: EmbeddedWidget, lang: Lang): string {
	const area = MESSAGE_AREA[widget];
	const messages = JSON.parse(readFileSync(`messages/${area}/${lang}.json`, 'utf8')) as Record<
		string,
		string
	>;
	return messages[`${area}_heading`]!;
}

/** The widgets' files a page requested, as paths under /embed/ (scripts and stylesheets). */
function embedRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === SITE && url.pathname.startsWith('/embed/')) {
			paths.push(url.pathname.slice('/embed/'.length));
		}
	});
	return paths;
}

const explanation = (widget: Locator) => widget.locator('.aid-explain__summary').click();

const CASES: Record<EmbeddedWidget, WidgetCase> = {
	'savings-loan': {
		// 2.50 € a month for 12 months: 30 € saved, a loan of twice that.
		expected: { eligible: true, totalSaved: '30.00', loanCapacity: '60.00' },
		change: (widget) => widget.locator('input[id$="-months"]').fill('24'),
		grow: explanation,
		shrink: explanation
	},
	'meal-cost': {
		// Restojet, 3 € × 2 people × 13 visits a month (3 a week).
		expected: { venue: 'restojet', perMonth: '78.00' },
		change: (widget) => widget.locator('input[id$="-per-week"]').fill('4'),
		grow: explanation,
		shrink: explanation
	},
	'food-package': {
		expected: { persons: 3, scaleChildren: 1, consumptionUnits: '1.8' },
		// The first person becomes a baby: the children the scale counts change.
		change: (widget) => widget.locator('fieldset input[inputmode="numeric"]').first().fill('1'),
		grow: explanation,
		shrink: explanation
	}
};

interface Watch {
	violations: () => Promise<string[]>;
	errors: string[];
	warnings: string[];
	foreignRequests: string[];
}

/** Collects CSP violations (in the page and its frames), console errors and warnings, and requests. */
async function watch(page: Page): Promise<Watch> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
		});
	});
	const result: Watch = {
		errors: [],
		warnings: [],
		foreignRequests: [],
		violations: async () => {
			const all: string[] = [];
			for (const frame of page.frames()) {
				all.push(
					...(await frame.evaluate(
						() => (window as unknown as { __violations?: string[] }).__violations ?? []
					))
				);
			}
			return all;
		}
	};
	page.on('console', (message) => {
		if (message.type() === 'error') result.errors.push(message.text());
		if (message.type() === 'warning') result.warnings.push(message.text());
	});
	page.on('pageerror', (error) => result.errors.push(error.message));
	page.on('request', (request) => {
		const origin = new URL(request.url()).origin;
		if (origin !== SITE && origin !== PARTNER) result.foreignRequests.push(request.url());
	});
	return result;
}

/** Waits for the next aid-result event of the element matching `selector`; returns its detail. */
function nextResult(page: Page, selector: string): Promise<unknown> {
	return page.evaluate(
		(selector) =>
			new Promise((resolve) => {
				document
					.querySelector(selector)!
					.addEventListener('aid-result', (event) => resolve((event as CustomEvent).detail), {
						once: true
					});
			}),
		selector
	);
}

test('the fixture pages hold the snippets of EMBEDDING.md', () => {
	const docs = readFileSync('EMBEDDING.md', 'utf8');
	const fixture = (name: string) => readFileSync(`tests/fixtures/partner/${name}`, 'utf8');
	for (const [kind, page] of [
		['script', 'index.html'],
		['iframe', 'frame.html']
	] as const) {
		const block = new RegExp(`<!-- snippet: ${kind} -->([\\s\\S]*?)<!-- /snippet -->`);
		const inDocs = docs.match(block)?.[1];
		const inFixture = fixture(page).match(block)?.[1];
		const normalise = (html: string | undefined) =>
			html
				?.replace(/```(html)?/g, '')
				.replace(/\s+/g, ' ')
				.trim();
		expect(inDocs, `EMBEDDING.md has a ${kind} snippet`).toBeTruthy();
		expect(normalise(inFixture)).toBe(normalise(inDocs));
	}
	for (const widget of EMBEDDED_WIDGETS) {
		expect(fixture('index.html')).toContain(`<aid-${widget}`);
		expect(fixture('hostile.html')).toContain(`<aid-${widget}`);
	}
	// The hostile page and its calm twin differ only in their stylesheet and title.
	const strip = (html: string) =>
		html.replace(/<title>.*<\/title>/, '').replace(/\/(hostile|partner)\.css/, '');
	expect(strip(fixture('calm.html'))).toBe(strip(fixture('hostile.html')));
});

test('every widget works on a partner page with a strict CSP, from another origin', async ({
	page
}) => {
	const watched = await watch(page);
	await page.goto(`${PARTNER}/`);
	for (const widget of EMBEDDED_WIDGETS) {
		const element = page.locator(`aid-${widget}`).first();
		await expect(element.locator('.aid-widget')).toBeVisible();
		// Computes from the starting values, and again after an edit, telling the page each time.
		const changed = nextResult(page, `aid-${widget}`);
		await CASES[widget].change(element);
		expect(await changed).toBeTruthy();
	}
	expect(await watched.violations()).toEqual([]);
	expect(watched.errors).toEqual([]);
	expect(watched.warnings).toEqual([]);
	expect(watched.foreignRequests).toEqual([]);
});

test('aid-result carries the result computed from the starting values', async ({ page }) => {
	await page.addInitScript(() => {
		const results: Record<string, unknown[]> = {};
		(window as unknown as { __results: typeof results }).__results = results;
		document.addEventListener('aid-result', (event) => {
			const target = event.target as Element;
			if (!target.classList.contains('start')) return;
			const name = target.localName;
			(results[name] ??= []).push((event as CustomEvent).detail);
		});
	});
	await page.goto(`${PARTNER}/`);
	for (const widget of EMBEDDED_WIDGETS) {
		await expect
			.poll(() =>
				page.evaluate(
					(tag) => (window as unknown as { __results: Record<string, unknown[]> }).__results[tag],
					`aid-${widget}`
				)
			)
			.toContainEqual(expect.objectContaining(CASES[widget].expected));
	}
});

test('the loader loads only the widgets on the page, in its language, and widgets added later', async ({
	page
}) => {
	const requested = embedRequests(page);
	const widgetFiles = () => requested.filter((path) => /(^|\/)aid-/.test(path));
	await page.goto(`${PARTNER}/one.html`);
	await expect(page.locator('aid-savings-loan .aid-widget')).toBeVisible();
	expect(widgetFiles()).toEqual(['nl/aid-savings-loan.js']);

	// An element added after the page loaded is found and started too.
	await page.evaluate(() => {
		const element = document.createElement('aid-meal-cost');
		element.setAttribute('venue', 'restojet');
		element.setAttribute('meals-per-week', '3');
		document.querySelector('main')!.append(element);
	});
	await expect(page.locator('aid-meal-cost .aid-result__figure')).toBeVisible();
	expect(widgetFiles()).toEqual(['nl/aid-savings-loan.js', 'nl/aid-meal-cost.js']);

	// The page is in Dutch: every file is the loader, a stylesheet or Dutch, each script fetched once
	// (a stylesheet linked again later is fetched again or not, as its HTTP caching says).
	const scripts = requested.filter((path) => path.endsWith('.js'));
	expect(scripts.length).toBe(new Set(scripts).size);
	for (const path of requested)
		expect(path).toMatch(/^(loader\.js|styles\/[a-z-]+\.css|nl\/.+\.js)$/);
	expect([...new Set(requested.filter((path) => path.startsWith('styles/')))].sort()).toEqual([
		'styles/base.css',
		'styles/meal-cost.css',
		'styles/savings-loan.css'
	]);
});

test('a widget shows once its styles have loaded, its own content until then', async ({ page }) => {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(`${SITE}/embed/styles/savings-loan.css`, async (route) => {
		await held;
		await route.continue();
	});
	// The page's load event waits for the held sheet too.
	await page.goto(`${PARTNER}/one.html`, { waitUntil: 'domcontentloaded' });
	const widget = page.locator('aid-savings-loan .aid-widget');
	// Mounted, but not shown unstyled: the partner's fallback content shows instead.
	await expect(widget).toBeAttached();
	await expect(widget).toBeHidden();
	await expect(page.locator('.fallback')).toBeVisible();
	release();
	await expect(widget).toBeVisible();
	await expect(page.locator('.fallback')).toBeHidden();

	// A stylesheet that fails does not hide the widget for ever.
	await page.route(`${SITE}/embed/styles/meal-cost.css`, (route) => route.abort());
	await page.evaluate(() => {
		document.querySelector('main')!.append(document.createElement('aid-meal-cost'));
	});
	await expect(page.locator('aid-meal-cost .aid-widget')).toBeVisible();
});

test('widgets in different languages on one page each speak their own', async ({ page }) => {
	const watched = await watch(page);
	const requested = embedRequests(page);
	await page.goto(`${PARTNER}/langs.html`);
	// Its own lang="nl"; the French section around it; the page's <html lang="en">.
	const langs: Record<EmbeddedWidget, Lang> = {
		'savings-loan': 'nl',
		'meal-cost': 'fr',
		'food-package': 'en'
	};
	for (const widget of EMBEDDED_WIDGETS) {
		const element = page.locator(`aid-${widget}`);
		await expect(element.locator('.aid-widget')).toHaveAttribute('lang', langs[widget]);
		await expect(element.locator('h2').first()).toHaveText(headingOf(widget, langs[widget]));
		expect(requested).toContain(`${langs[widget]}/aid-${widget}.js`);
	}
	await expect(page.locator('aid-meal-cost .aid-result__figure')).toHaveText(/78,00\s?€/);
	// Each language's shared runtime once, and no widget in a language it is not shown in.
	const runtimes = requested.filter((path) => path.endsWith('/runtime.js'));
	expect(runtimes.sort()).toEqual(['en/runtime.js', 'fr/runtime.js', 'nl/runtime.js']);
	expect(requested.filter((path) => /\/aid-/.test(path)).length).toBe(3);
	// Each still computes on its own.
	const changed = nextResult(page, 'aid-savings-loan');
	await page.locator('aid-savings-loan input[id$="-months"]').fill('24');
	expect(await changed).toMatchObject({ totalSaved: '60.00' });
	expect(await watched.violations()).toEqual([]);
	expect(watched.errors).toEqual([]);
	expect(watched.warnings).toEqual([]);
});

test('bad attribute values are reported and fall back, never breaking the widget', async ({
	page
}) => {
	const watched = await watch(page);
	await page.goto(`${PARTNER}/two.html`);
	await page.evaluate(() => {
		const add = (attributes: Record<string, string>) => {
			const element = document.createElement('aid-savings-loan');
			for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
			document.querySelector('main')!.append(element);
		};
		add({
			class: 'bad',
			lang: 'de',
			date: '2025-02-30x',
			'monthly-amount': '5',
			months: 'twelve',
			mode: 'borrow',
			params: '{"oops": ',
			'heading-level': '7'
		});
		add({ class: 'bad-params', params: '{"loanMultiplier": "a lot", "colour": "red"}' });
	});
	const widget = page.locator('aid-savings-loan.bad');
	// The page is in English: a lang that is not ours falls back to the page's language.
	await expect(widget.locator('.aid-widget')).toHaveAttribute('lang', 'en');
	await expect(widget.locator('h2')).toBeVisible();
	await expect(widget.locator('input[id$="-monthly"]')).toHaveValue('5');
	await expect(page.locator('aid-savings-loan.bad-params .aid-widget')).toBeVisible();
	const ours = () => watched.warnings.filter((w) => w.startsWith('[aid-savings-loan]'));
	await expect.poll(() => ours().length).toBe(7);
	const all = ours().join('\n');
	expect(all).toContain('ignored lang="de": expected nl, fr or en; using en');
	expect(all).toContain('ignored date="2025-02-30x": expected a date as YYYY-MM-DD');
	expect(all).toContain('ignored months="twelve": expected a whole number');
	expect(all).toContain('ignored mode="borrow": expected one of calculate, plan');
	expect(all).toContain('ignored params: not valid JSON');
	expect(all).toContain('ignored heading-level="7": expected 2 or 3');
	expect(all).toMatch(/ignored params: .*params\.loanMultiplier/);
	expect(watched.errors).toEqual([]);
});

test('a hostile page does not change the widgets, and the widgets do not change it', async ({
	page
}) => {
	await page.setViewportSize({ width: 900, height: 900 });
	/** Computed styles and boxes of a widget's inner parts, to compare between two pages. */
	const measure = (widget: Locator) =>
		widget.evaluate((host) => {
			const root = host.shadowRoot!;
			const out: Record<string, string> = {};
			for (const selector of ['.aid-widget', 'h2', 'input', 'button', '.aid-result__figure']) {
				const element = root.querySelector(selector);
				if (!element) continue;
				const style = getComputedStyle(element);
				const box = element.getBoundingClientRect();
				out[selector] = [
					style.fontSize,
					style.color,
					style.display,
					style.fontStyle,
					style.textTransform,
					style.letterSpacing,
					style.lineHeight,
					style.backgroundColor,
					style.paddingTop,
					Math.round(box.width),
					Math.round(box.height)
				].join(' ');
			}
			return out;
		});
	const hostStyles = () =>
		page.evaluate(() =>
			['.host-heading', '.host-text', '.host-button', '.host-input', 'body'].map((selector) => {
				const style = getComputedStyle(document.querySelector(selector)!);
				return [selector, style.fontSize, style.color, style.display, style.fontFamily].join(' ');
			})
		);

	const watched = await watch(page);
	await page.goto(`${PARTNER}/calm.html`);
	const calm: Record<string, Record<string, string>> = {};
	for (const widget of EMBEDDED_WIDGETS) {
		await expect(page.locator(`aid-${widget}`).first().locator('.aid-widget')).toBeVisible();
		calm[widget] = await measure(page.locator(`aid-${widget}`).first());
	}

	await page.goto(`${PARTNER}/host-only.html`);
	const hostAlone = await hostStyles();

	await page.goto(`${PARTNER}/hostile.html`);
	for (const widget of EMBEDDED_WIDGETS) {
		await expect(page.locator(`aid-${widget}`).first().locator('.aid-widget')).toBeVisible();
		expect(await measure(page.locator(`aid-${widget}`).first())).toEqual(calm[widget]);
	}
	expect(await hostStyles()).toEqual(hostAlone);
	// Nothing was added to the page's own styles.
	expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
	expect(await page.locator('head style, body style').count()).toBe(0);
	expect(await watched.violations()).toEqual([]);
});

test('two copies of a widget, and different widgets, on one page work independently', async ({
	page
}) => {
	const watched = await watch(page);
	await page.goto(`${PARTNER}/two.html`);
	const first = page.locator('.copy-1 aid-savings-loan');
	const second = page.locator('.copy-2 aid-savings-loan');
	const other = page.locator('.other aid-meal-cost');
	await expect(other.locator('.aid-result__figure')).toBeVisible();
	const figure = await second.locator('.aid-result__figure').textContent();
	const otherFigure = await other.locator('.aid-result__figure').textContent();

	const fromFirst = nextResult(page, '.copy-1 aid-savings-loan');
	await first.locator('input[id$="-months"]').fill('24');
	expect(await fromFirst).toMatchObject({ totalSaved: '240.00' });
	await expect(first.locator('.aid-result__figure')).not.toHaveText(figure!);
	await expect(second.locator('.aid-result__figure')).toHaveText(figure!);
	await expect(second.locator('input[id$="-months"]')).toHaveValue('12');
	await expect(other.locator('.aid-result__figure')).toHaveText(otherFigure!);

	// Each copy's labels point at its own inputs, and its radio groups are its own.
	const label = second.locator('label[for$="-months"]');
	await label.click();
	await expect(second.locator('input[id$="-months"]')).toBeFocused();
	expect(await watched.violations()).toEqual([]);
	expect(watched.errors).toEqual([]);
});

test('attribute changes after start: language and starting values', async ({ page }) => {
	const requested = embedRequests(page);
	await page.goto(`${PARTNER}/two.html`);
	const widget = page.locator('.copy-1 aid-savings-loan');
	const other = page.locator('.copy-2 aid-savings-loan');
	await expect(widget.locator('.aid-widget')).toHaveAttribute('lang', 'en');
	await expect(widget.locator('h2')).toHaveText(headingOf('savings-loan', 'en'));
	expect(requested.some((path) => path.startsWith('nl/'))).toBe(false);

	// Another language loads that language's files and starts the widget again in it.
	await widget.evaluate((el) => el.setAttribute('lang', 'nl'));
	await expect(widget.locator('.aid-widget')).toHaveAttribute('lang', 'nl');
	await expect(widget.locator('h2')).toHaveText(headingOf('savings-loan', 'nl'));
	await expect(widget.locator('.aid-result__figure')).toHaveText(/€\s?240,00/);
	expect(requested).toContain('nl/aid-savings-loan.js');
	// Only that copy: the other one keeps its language.
	await expect(other.locator('h2')).toHaveText(headingOf('savings-loan', 'en'));

	const changed = nextResult(page, '.copy-1 aid-savings-loan');
	await widget.evaluate((el) => el.setAttribute('months', '3'));
	expect(await changed).toMatchObject({ totalSaved: '30.00' });
	await expect(widget.locator('input[id$="-months"]')).toHaveValue('3');

	// And back: a language already loaded is not fetched again.
	await widget.evaluate((el) => el.removeAttribute('lang'));
	await expect(widget.locator('h2')).toHaveText(headingOf('savings-loan', 'en'));
	await expect(widget.locator('input[id$="-months"]')).toHaveValue('3');
	const scripts = requested.filter((path) => path.endsWith('.js'));
	expect(scripts.length).toBe(new Set(scripts).size);
});

test('a tampered loader is refused by Subresource Integrity', async ({ page }) => {
	const watched = await watch(page);
	await page.goto(`${PARTNER}/?tampered`);
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(() => customElements.get('aid-savings-loan'))).toBeUndefined();
	expect(watched.errors.join('\n')).toMatch(/integrity/i);
});

/** Milliseconds the widget origin takes to answer each file but loader.js, in the round-trip test. */
const LATENCY = 400;

test('the runtime, the widget and its stylesheets are requested in one round trip after the loader', async ({
	page
}) => {
	const started = new Map<string, number>();
	const finished = new Map<string, number>();
	const pathOf = (url: string) => new URL(url).pathname.slice('/embed/'.length);
	page.on('request', (request) => {
		if (request.url().startsWith(`${SITE}/embed/`)) {
			const path = pathOf(request.url());
			// Each file once: the widget's own import of the runtime is answered by the module map.
			expect(started.has(path), `${path} requested once`).toBe(false);
			started.set(path, Date.now());
		}
	});
	page.on('requestfinished', (request) => {
		if (request.url().startsWith(`${SITE}/embed/`)) finished.set(pathOf(request.url()), Date.now());
	});
	// A slow network: every file after the loader takes LATENCY ms to come back.
	await page.route(`${SITE}/embed/**`, async (route) => {
		if (!route.request().url().endsWith('/loader.js')) {
			await new Promise((resolve) => setTimeout(resolve, LATENCY));
		}
		await route.continue();
	});
	await page.goto(`${PARTNER}/one.html`);
	await expect(page.locator('aid-savings-loan .aid-widget')).toBeVisible();

	const wave = [
		'nl/runtime.js',
		'nl/aid-savings-loan.js',
		'styles/base.css',
		'styles/savings-loan.css'
	];
	for (const path of wave) expect([...started.keys()]).toContain(path);
	// Every one of them was asked for before the first of them came back: no file waited for another.
	const firstAnswer = Math.min(...wave.map((path) => finished.get(path)!));
	for (const path of wave) expect(started.get(path)!, path).toBeLessThan(firstAnswer);
	expect([...started.keys()].sort()).toEqual(['loader.js', ...wave].sort());
});

test.describe('a partner page as it really is (issue 12)', () => {
	test("the partner's own <aid-menu> stays theirs, and a widget in a component's shadow root starts", async ({
		page
	}) => {
		const watched = await watch(page);
		await page.goto(`${PARTNER}/components.html`);
		// The partner defined aid-menu after the loader ran: the loader had not claimed it.
		await expect(page.locator('aid-menu')).toHaveAttribute('data-partner', 'menu');
		expect(await page.locator('aid-menu').evaluate((menu) => menu.shadowRoot === null)).toBe(true);
		await expect(page.locator('aid-menu a')).toHaveText('Menu');

		// Inside <partner-card>'s shadow root: upgraded, in the language around its host (nl).
		const widget = page.locator('partner-card aid-meal-cost');
		await expect(widget.locator('.aid-widget')).toHaveAttribute('lang', 'nl');
		await expect(widget.locator('.aid-result__figure')).toHaveText(/€\s?78,00/);
		const changed = page.evaluate(
			() =>
				new Promise((resolve) =>
					document.addEventListener(
						'aid-result',
						(event) => resolve((event as CustomEvent).detail),
						{
							once: true
						}
					)
				)
		);
		await widget.locator('input[id$="-per-week"]').fill('4');
		expect(await changed).toMatchObject({ venue: 'restojet' });

		// One added later inside that shadow root starts too.
		await page.locator('partner-card').evaluate((card) => {
			const added = document.createElement('aid-food-package');
			added.setAttribute('ages', '35,33,6');
			card.shadowRoot!.append(added);
		});
		await expect(page.locator('partner-card aid-food-package .aid-widget')).toBeVisible();

		expect(await watched.violations()).toEqual([]);
		expect(watched.errors).toEqual([]);
		expect(watched.warnings).toEqual([]);
	});

	test('a right-to-left host page does not mirror the widget', async ({ page }, testInfo) => {
		const watched = await watch(page);
		await page.setViewportSize({ width: 800, height: 1000 });
		await page.goto(`${PARTNER}/rtl.html`);
		const widget = page.locator('aid-savings-loan');
		await expect(widget.locator('.aid-widget')).toBeVisible();
		// The page around it is right to left…
		expect(await page.locator('.host-text').evaluate((p) => getComputedStyle(p).direction)).toBe(
			'rtl'
		);
		// …the widget is left to right throughout: its title, labels and fields start on the left.
		const layout = await widget.evaluate((host) => {
			const root = host.shadowRoot!;
			const box = root.querySelector('.aid-widget')!.getBoundingClientRect();
			const offset = (selector: string) =>
				root.querySelector(selector)!.getBoundingClientRect().left - box.left;
			return {
				direction: getComputedStyle(root.querySelector('.aid-widget')!).direction,
				inputDirection: getComputedStyle(root.querySelector('input')!).direction,
				heading: offset('h2'),
				label: offset('label'),
				input: offset('input')
			};
		});
		expect(layout.direction).toBe('ltr');
		expect(layout.inputDirection).toBe('ltr');
		for (const offset of [layout.heading, layout.label, layout.input]) {
			expect(offset).toBeLessThan(40);
		}
		await page.screenshot({ path: testInfo.outputPath('rtl-host.png'), fullPage: true });
		expect(await watched.violations()).toEqual([]);
		expect(watched.errors).toEqual([]);
	});

	test("values set through the URL or by the page are labelled as the showing site's, beside ours", async ({
		page
	}) => {
		// Anyone can write a link to our own /embed/ page with `params`: the page must not vouch for it.
		const params = encodeURIComponent(JSON.stringify({ minimumMonthlyAmount: '5' }));
		await page.goto(`${SITE}/embed/savings-loan/?lang=en&monthly-amount=5&params=${params}`);
		const widget = page.locator('aid-savings-loan');
		await widget.locator('.aid-explain__summary').click();
		const sources = widget.locator('.aid-explain__sources');
		await expect(sources).toContainText(
			/Smallest amount to save each month:\s*€5\.00 [^)]*Set by the site that shows this calculator; published value: €2\.50\)/
		);
		await expect(sources).not.toContainText(/organisation/i);

		// The same on a partner's page, in Dutch, where the page sets it as an attribute.
		await page.goto(`${PARTNER}/one.html`);
		await page.evaluate(() => {
			const element = document.createElement('aid-savings-loan');
			element.className = 'own-values';
			element.setAttribute('params', '{"minimumMonthlyAmount": "3", "maximumLoan": "900"}');
			document.querySelector('main')!.append(element);
		});
		const own = page.locator('aid-savings-loan.own-values');
		await own.locator('.aid-explain__summary').click();
		const ownSources = own.locator('.aid-explain__sources');
		await expect(ownSources).toContainText(
			/Ingesteld door de website die deze rekenhulp toont; gepubliceerde waarde: €\s?2,50/
		);
		// The sources publish no maximum loan: the page's 900 € stands with nothing beside it.
		await expect(ownSources).toContainText(
			/€\s?900,00 [^)]*Ingesteld door de website die deze rekenhulp toont; geen gepubliceerde waarde\)/
		);
	});
});

test.describe('iframe', () => {
	test('the iframe grows and shrinks with its content, under the strict CSP', async ({ page }) => {
		const watched = await watch(page);
		await page.goto(`${PARTNER}/frame.html`);
		const iframe = page.locator('iframe[data-aid-embed]').first();
		const frame = page.frameLocator('iframe[data-aid-embed]').first();
		const widget = frame.locator('aid-savings-loan');
		await expect(widget.locator('.aid-widget')).toBeVisible();
		await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(widget.locator('input[id$="-months"]')).toHaveValue('12');
		// The theme from the query reaches the widget.
		await expect(widget.locator('.aid-explain__summary')).toHaveCSS('color', 'rgb(176, 0, 32)');

		const height = async () => Number(await iframe.getAttribute('height'));
		await expect.poll(height).not.toBe(900);
		const fitted = await height();
		const content = await frame
			.locator('[data-aid-frame]')
			.evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom));
		expect(Math.abs(fitted - content)).toBeLessThanOrEqual(1);

		await CASES['savings-loan'].grow(widget);
		await expect.poll(height).toBeGreaterThan(fitted);
		await CASES['savings-loan'].shrink(widget);
		await expect.poll(height).toBe(fitted);

		expect(await watched.violations()).toEqual([]);
		expect(watched.errors).toEqual([]);
		expect(watched.foreignRequests).toEqual([]);
	});

	test('messages from another origin or another window are ignored', async ({ page }) => {
		await page.goto(`${PARTNER}/frame.html`);
		const iframe = page.locator('iframe[data-aid-embed]').first();
		const height = async () => Number(await iframe.getAttribute('height'));
		await expect.poll(height).not.toBe(900);
		const fitted = await height();

		// A real message from the partner page's own window (another origin than the widget's).
		await page.evaluate(() => window.postMessage({ type: 'aid-embed:height', height: 5 }, '*'));
		// Forged events: the iframe's window but another origin, and malformed payloads.
		await page.evaluate((site) => {
			const source = document.querySelector('iframe')!.contentWindow;
			const send = (data: unknown, origin: string) =>
				window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
			send({ type: 'aid-embed:height', height: 7 }, 'http://evil.example');
			send({ type: 'aid-embed:height', height: '8' }, site);
			send({ type: 'aid-embed:height', height: 1e9 }, site);
			send({ type: 'other', height: 9 }, site);
			send('aid-embed:height 10', site);
		}, SITE);
		await page.waitForTimeout(200);
		expect(await height()).toBe(fitted);

		// The same event from the right window and origin is accepted: the checks above were the cause.
		await page.evaluate((site) => {
			const source = document.querySelector('iframe')!.contentWindow;
			window.dispatchEvent(
				new MessageEvent('message', {
					data: { type: 'aid-embed:height', height: 321 },
					origin: site,
					source
				})
			);
		}, SITE);
		await expect.poll(height).toBe(321);
	});

	test('without frame.js the iframe keeps its fixed height and works', async ({ page }) => {
		await page.goto(`${SITE}/embed/meal-cost/?lang=nl&venue=restojet&meals-per-week=3&onclick=x`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		await expect(page.locator('aid-meal-cost .aid-result__figure')).toHaveText(/€\s?39,00/);
		// Only the widget's own attributes are copied from the query.
		await expect(page.locator('aid-meal-cost')).not.toHaveAttribute('onclick', /.*/);
	});
});

test.describe('configurator', () => {
	for (const lang of LANGS) {
		test(`in ${lang}: choices update the preview and the snippets, with the SRI hash`, async ({
			page,
			context
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			const watched = await watch(page);
			await page.goto(pathFor('embed', lang));
			const manifest = (await (await page.request.get(`${SITE}/embed/manifest.json`)).json()) as {
				files: Record<string, { integrity: string }>;
			};
			const codes = page.locator('.embed-code code');
			await expect(codes.first()).toContainText(manifest.files['loader.js']!.integrity);

			await page.locator('input[type=radio][value="meal-cost"]').check();
			await page.locator('select[id$="-lang"]').selectOption('nl');
			await page.locator('input[id$="-accent"]').fill('#b00020');
			await page
				.locator('input[id$="-start-venue"], select[id$="-start-venue"]')
				.selectOption('restojet');
			await page.locator('input[id$="-start-meals-per-week"]').fill('3');
			await page.locator('input[id$="-start-ages"]').fill('40,8,x');
			await expect(page.locator('input[id$="-start-ages"]')).toHaveAttribute(
				'aria-invalid',
				'true'
			);

			const script = codes.nth(0);
			await expect(script).toContainText(
				'<aid-meal-cost lang="nl" venue="restojet" meals-per-week="3"></aid-meal-cost>'
			);
			await expect(codes.nth(1)).toContainText('--aid-color-accent: #b00020;');
			const iframeCode = codes.nth(2);
			await expect(iframeCode).toContainText(
				`src="${SITE}/embed/meal-cost/?lang=nl&amp;accent=%23b00020&amp;venue=restojet&amp;meals-per-week=3"`
			);
			await expect(iframeCode).toContainText(manifest.files['frame.js']!.integrity);
			await expect(codes.nth(3)).toContainText(`script-src 'self' ${SITE}`);

			// The live preview shows the choices.
			const preview = page.frameLocator('iframe.embed__frame');
			await expect(preview.locator('html')).toHaveAttribute('lang', 'nl');
			await expect(preview.locator('aid-meal-cost .aid-result__figure')).toHaveText(/€\s?39,00/);
			await expect(preview.locator('aid-meal-cost .aid-explain__summary')).toHaveCSS(
				'color',
				'rgb(176, 0, 32)'
			);

			await page.locator('.embed-code button').first().click();
			await expect(page.locator('.embed-code [role=status]').first()).not.toBeEmpty();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				await script.textContent()
			);

			expect(await watched.violations()).toEqual([]);
			expect(watched.errors).toEqual([]);
			// After the CSP check: to read the stylesheets linked in the preview widget's shadow root,
			// axe-core parses their text in <style> elements of its own, which the page's CSP reports.
			await expectNoAxeViolations(page);
		});
	}
});

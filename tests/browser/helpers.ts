import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe-core with every rule it has (WCAG 2.2 A/AA and best practices) and expects none broken. */
export async function expectNoAxeViolations(page: Page, include?: string) {
	let builder = new AxeBuilder({ page });
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	const summary = violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, 'axe-core violations').toEqual([]);
}

/** True when the page is wider than its viewport, i.e. the visitor would have to scroll sideways. */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
	return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

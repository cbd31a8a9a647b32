import { render } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import type { Component } from 'svelte';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import FoodPackageWidget from '../../src/lib/widgets/food-package/FoodPackageWidget.svelte';
import MealCostWidget from '../../src/lib/widgets/meal-cost/MealCostWidget.svelte';
import SavingsLoanWidget from '../../src/lib/widgets/savings-loan/SavingsLoanWidget.svelte';

/*
 * Each chart has a data table for screen readers, hidden from sight. A table ignores width: 1px, so
 * it sits in a hidden wrapper; the wrapper must clip what it holds (clip-path, overflow, nowrap),
 * or the table would still widen a 320 px page.
 */
const DATE = '2025-06-01';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const CHARTS: [string, Component<any>][] = [
	['MealCostWidget', MealCostWidget],
	['SavingsLoanWidget', SavingsLoanWidget],
	['FoodPackageWidget', FoodPackageWidget]
];

let sheet: HTMLStyleElement;
beforeAll(() => {
	sheet = document.createElement('style');
	// Read from disk: Vitest hands CSS imports to tests empty.
	sheet.textContent = readFileSync('src/lib/widgets/styles/widgets.css', 'utf8');
	document.head.append(sheet);
});
afterAll(() => sheet.remove());

describe('the charts’ hidden data tables', () => {
	for (const [name, widget] of CHARTS) {
		it(`${name}: the table sits in a wrapper that clips it to 1 px`, () => {
			const { container } = render(widget, { props: { lang: 'en', date: DATE } });
			const tables = container.querySelectorAll('figure table');
			expect(tables.length).toBeGreaterThan(0);
			for (const table of tables) {
				const wrapper = table.parentElement!;
				expect(wrapper.tagName).toBe('DIV');
				expect(wrapper).toHaveClass('aid-visually-hidden');
				expect(table).not.toHaveClass('aid-visually-hidden');
				const style = getComputedStyle(wrapper);
				expect({
					position: style.position,
					width: style.width,
					height: style.height,
					overflow: style.overflow,
					clipPath: style.getPropertyValue('clip-path'),
					whiteSpace: style.whiteSpace
				}).toEqual({
					position: 'absolute',
					width: '1px',
					height: '1px',
					overflow: 'hidden',
					clipPath: 'inset(50%)',
					whiteSpace: 'nowrap'
				});
			}
		});
	}
});

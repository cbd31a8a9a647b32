import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { DIRECTORY } from '../../src/lib/calc/finder';
import { WORDS } from 'virtual:aid/rule-book-words';
import type { Lang } from '../../src/lib/i18n/lang';
import FinderWidget from '../../src/lib/widgets/finder/FinderWidget.svelte';
import FoodPackageWidget from '../../src/lib/widgets/food-package/FoodPackageWidget.svelte';
import MealCostWidget from '../../src/lib/widgets/meal-cost/MealCostWidget.svelte';
import SavingsLoanWidget from '../../src/lib/widgets/savings-loan/SavingsLoanWidget.svelte';
import SessionPage from '../../src/lib/widgets/session/SessionPage.svelte';

/*
 * French puts a no-break space before ":" (U+00A0) and a narrow one before ";", "?" and "!"
 * (U+202F), so the sign never starts a line; Dutch and English put no space there. This reads every
 * text and label a French widget shows, the words from the message files and the ones built in code
 * ("Où vous adresser : …", "Source : …; …") alike.
 */
const DATE = '2025-06-03';
const NOW = new Date('2025-06-03T16:30:00Z');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const WIDGETS: [string, Component<any>, Record<string, unknown>][] = [
	['MealCostWidget', MealCostWidget, { date: DATE, initial: { ages: ['40', '8'] } }],
	['SavingsLoanWidget', SavingsLoanWidget, { date: DATE }],
	['SavingsLoanWidget (planner)', SavingsLoanWidget, { date: DATE, initial: { mode: 'plan' } }],
	['FoodPackageWidget', FoodPackageWidget, { date: DATE }],
	['FinderWidget', FinderWidget, { date: DATE, now: NOW }],
	['SessionPage', SessionPage, {}]
];

/** Every string in a piece of data, however deep. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/*
 * Not checked here: the directory's own texts and the titles of the documents we cite, which are
 * data (src/lib/calc), quoted as the source writes them; longest first, so none is left half removed.
 */
const DATA_TEXTS = [...strings(DIRECTORY), ...strings(WORDS.nl), ...strings(WORDS.en)]
	.filter((text) => /[:;?!]/.test(text))
	.sort((a, b) => b.length - a.length);

/** Everything a widget says: its text (explanations opened) and its labels, but not the data's. */
function everything(container: HTMLElement): string {
	for (const details of container.querySelectorAll('details')) details.open = true;
	const shown = container.cloneNode(true) as HTMLElement;
	// Drawings ("?" on a bar of unknown height) are hidden from reading; their words are elsewhere.
	for (const hidden of shown.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
	const labels = [...shown.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap(
		(element) =>
			['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? '')
	);
	const text = [shown.textContent ?? '', ...labels].join('\n');
	return DATA_TEXTS.reduce((rest, data) => rest.replaceAll(data, '…'), text);
}

/** Each ":", ";", "?" or "!" with what comes before it, unless that is the space `allowed`. */
function signsAfter(text: string, allowed: RegExp): string[] {
	// A time of day ("9:00") is not punctuation.
	const words = text.replace(/\d:\d\d/g, '');
	return [...words.matchAll(/(.{0,20})([:;?!])/g)]
		.filter((match) => !allowed.test(match[1]!.slice(-1)))
		.map((match) => match[0]);
}

describe('French typography', () => {
	for (const [name, widget, props] of WIDGETS) {
		it(`${name} puts a no-break space before : ; ? ! in French`, () => {
			const { container } = render(widget, { props: { lang: 'fr', ...props } });
			const text = everything(container);
			expect(text).toMatch(/[:?]/);
			expect(signsAfter(text, /[\u00a0\u202f]/)).toEqual([]);
		});

		for (const lang of ['nl', 'en'] as Lang[]) {
			it(`${name} puts no space before : ; ? ! in ${lang}`, () => {
				const { container } = render(widget, { props: { lang, ...props } });
				expect(signsAfter(everything(container), /[^\s]/)).toEqual([]);
			});
		}
	}
});

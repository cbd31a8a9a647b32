import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CalcInputError } from '../../src/lib/calc/errors';
import { mealCostIn } from '../../src/lib/calc/meal-cost';
import type { RuleBook } from '../../src/lib/calc/params/rule-book';
import { loadRuleBook, numbersModule, rulesVersion, wordsFor } from '../../scripts/rule-book';

/*
 * Another OCMW adds its social restaurant as data, without code: tests/fixtures/municipality-example
 * holds one venue, its price (with a later dated price) and its opening days, in the format of
 * data/. The same loader checks it and the meal calculator runs on it.
 */
const ROOT = 'tests/fixtures/municipality-example';
const data = loadRuleBook(ROOT);

/** The book as the build compiles it: the numbers module, evaluated. */
async function compiled(): Promise<RuleBook> {
	const code = numbersModule(data);
	const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
	return {
		parameters: module.PARAMETERS,
		venues: module.VENUES,
		rulesVersion: module.RULES_VERSION
	};
}

describe('a fixture municipality, as data only', () => {
	it('its quotes are on its own source page', () => {
		const page = readFileSync(`${ROOT}/source-page.txt`, 'utf8').replace(/\s+/g, ' ');
		const quotes = [
			...data.parameters.flatMap((p) => p.values.map((v) => v.quote)),
			...data.venues.map((v) => v.access.quote)
		];
		for (const quote of quotes) expect(page).toContain(quote);
	});

	it('its venue comes from the data, with its names in three languages', () => {
		expect(data.venues.map((v) => v.id)).toEqual(['de-lepel']);
		expect(wordsFor(data, 'fr').venues['de-lepel']).toEqual({
			name: 'Restaurant de quartier De Lepel',
			shortName: 'De Lepel'
		});
		expect(rulesVersion(data)).toBe('2027-01-01');
	});

	it('the meal calculator prices a visit and a month there, from its parameters', async () => {
		const book = await compiled();
		// 2 × 4.00 = 8.00 a visit; 3 a week × 52 ÷ 12 = 13 visits; 13 × 8.00 = 104.00.
		const result = mealCostIn(
			book,
			{ venue: 'de-lepel', diners: [{ age: 40 }, { age: 7 }], mealsPerWeek: '3' },
			{ date: '2026-06-01' }
		);
		expect(result).toMatchObject({
			venue: 'de-lepel',
			access: 'open-to-all',
			pricePerVisit: '8.00',
			mealsPerMonth: 13,
			perMonth: '104.00',
			maximumPerWeek: 3
		});
		// The later dated price applies from its date; the earlier one stays (history kept).
		const later = mealCostIn(
			book,
			{ venue: 'de-lepel', diners: [{ age: 40 }] },
			{ date: '2027-01-01' }
		);
		expect(later.pricePerVisit).toBe('4.50');
	});

	it('refuses a visit count beyond its opening days, and a venue it does not have', async () => {
		const book = await compiled();
		expect(() =>
			mealCostIn(book, { venue: 'de-lepel', diners: [{ age: 40 }], mealsPerWeek: '4' })
		).toThrow(CalcInputError);
		expect(() => mealCostIn(book, { venue: 'ocmw', diners: [{ age: 40 }] })).toThrow(
			CalcInputError
		);
	});
});

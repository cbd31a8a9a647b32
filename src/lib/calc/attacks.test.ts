import { describe, expect, it } from 'vitest';
import { CalcInputError, type CalcIssue } from './errors';
import { findHelp } from './finder/find-help';
import { openingStatus } from './finder/opening-hours';
import { foodPackage } from './food-package';
import { mealCost, mealsPerMonthFromWeekly } from './meal-cost';
import { savingsLoan } from './savings-loan';
import { savingsPlan } from './savings-plan';

/** The issues of the CalcInputError that `run` throws; fails on any other error or none. */
function issuesOf(run: () => unknown): CalcIssue[] {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(CalcInputError);
		return (error as CalcInputError).issues;
	}
	throw new Error('expected a CalcInputError');
}

const date = '2025-03-01';

describe('hostile input to the calculator core (issue 12): always CalcInputError', () => {
	it('a diners "array" whose length is an object with a broken toString', () => {
		// Found by the property test: zod's array check read `length` and threw a TypeError.
		const diners = { length: { toString: '' } };
		expect(issuesOf(() => mealCost({ venue: 'ocmw', diners } as never, { date }))).toEqual([
			{ path: [], code: 'invalid' }
		]);
		expect(issuesOf(() => foodPackage({ members: diners } as never, { date }))).toEqual([
			{ path: [], code: 'invalid' }
		]);
	});

	it('findHelp with null for the profile or the options', () => {
		// Each refused by name, as every issue carries the path of what it refuses.
		expect(issuesOf(() => findHelp({}, null as never))).toEqual([
			{ path: ['options'], code: 'invalid' }
		]);
		expect(issuesOf(() => findHelp(null as never, { date }))).toEqual([
			{ path: ['profile'], code: 'invalid' }
		]);
	});

	it('openingStatus with an invalid date', () => {
		const weekly = { kind: 'always' } as never;
		expect(issuesOf(() => openingStatus(weekly, new Date('not a date')))).toEqual([
			{ path: ['now'], code: 'invalid-date' }
		]);
		expect(issuesOf(() => openingStatus(weekly, '2025-03-01' as never))).toEqual([
			{ path: ['now'], code: 'invalid-date' }
		]);
	});

	it('visits a week as a 400-digit number: no Infinity, refused as too long', () => {
		expect(mealsPerMonthFromWeekly('9'.repeat(400))).toBeNull();
		expect(mealsPerMonthFromWeekly(1e300)).toBeNull();
		expect(mealsPerMonthFromWeekly('5', 'nl')).toEqual({
			perMonth: 22,
			exact: '21.66666666666666666667'
		});
		expect(
			issuesOf(() =>
				mealCost(
					{ venue: 'restojet', diners: [{ age: 30 }], mealsPerMonth: '9'.repeat(400) },
					{ date }
				)
			)
		).toEqual([{ path: ['mealsPerMonth'], code: 'too-long', values: { maximum: 32 } }]);
	});

	it('"2.5" and 160,000 zeros, in every field that takes an amount, is refused fast', () => {
		const huge = '2.5' + '0'.repeat(160_000);
		const started = performance.now();
		expect(issuesOf(() => savingsLoan({ monthlyAmount: huge, months: 12 }, { date }))).toEqual([
			{ path: ['monthlyAmount'], code: 'too-long', values: { maximum: 32 } }
		]);
		expect(issuesOf(() => savingsPlan({ targetLoan: huge }, { date }))).toEqual([
			{ path: ['targetLoan'], code: 'too-long', values: { maximum: 32 } }
		]);
		expect(
			issuesOf(() =>
				savingsLoan(
					{ monthlyAmount: '3', months: 12 },
					{ date, params: { minimumMonthlyAmount: huge } }
				)
			)
		).toEqual([
			{ path: ['params', 'minimumMonthlyAmount'], code: 'too-long', values: { maximum: 32 } }
		]);
		expect(issuesOf(() => findHelp({ monthlyNetIncome: huge }, { date }))).toEqual([
			{ path: ['monthlyNetIncome'], code: 'too-long', values: { maximum: 32 } }
		]);
		// It took 28 s; a bound a linear reader meets with room to spare.
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('options are checked like inputs, also when no income needs them', () => {
		// Restojet needs no income and no leefloon: the options are still read.
		expect(
			issuesOf(() =>
				mealCost({ venue: 'restojet', diners: [{ age: 30 }] }, { date, colour: 'red' } as never)
			)
		).toEqual([{ path: ['colour'], code: 'unknown-key' }]);
		expect(
			issuesOf(() =>
				mealCost(
					{ venue: 'restojet', diners: [{ age: 30 }] },
					{
						date,
						params: { leefloonSingle: 'abc' }
					}
				)
			)
		).toEqual([
			{ path: ['params', 'leefloonSingle'], code: 'not-a-number', values: { kind: 'amount' } }
		]);
		expect(issuesOf(() => findHelp({}, { date, params: { rent: '3' } } as never))).toEqual([
			{ path: ['params', 'rent'], code: 'unknown-key' }
		]);
		expect(issuesOf(() => findHelp({}, { date, params: { single: -1 } }))).toEqual([
			{ path: ['params', 'single'], code: 'too-small', values: { minimum: 0 } }
		]);
		expect(
			issuesOf(() => savingsLoan({ monthlyAmount: '3', months: 1 }, { lang: 'de' } as never))
		).toEqual([{ path: ['lang'], code: 'unknown-value' }]);
	});
});

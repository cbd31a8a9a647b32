import { describe, expect, it } from 'vitest';
import { CalcInputError, type CalcIssue } from './errors';
import { foodPackage } from './food-package';

const date = '2025-03-01';
const household = (...ages: number[]) => ({ members: ages.map((age) => ({ age })) });
function issuesOf(run: () => unknown): CalcIssue[] {
	try {
		run();
	} catch (error) {
		if (error instanceof CalcInputError) return error.issues;
		throw error;
	}
	throw new Error('expected a CalcInputError');
}

describe('foodPackage', () => {
	it('only an organisation sizes the package; one threshold alone gives two sizes', () => {
		expect(foodPackage(household(40, 40, 1), { date }).packageSize).toBeNull();
		const large = (...ages: number[]) =>
			foodPackage(household(...ages), { date, params: { largeFromPersons: 4 } }).packageSize;
		expect(large(40, 40, 1)).toBe('small');
		expect(large(40, 40, 1, 1)).toBe('large');
		const unnamed = foodPackage(household(40), { date, params: { childAgeLimit: 18 } });
		expect(unnamed.organisation).toBeNull();
		expect(unnamed.sources.at(-1)!.reference).toEqual({ page: 'partner', kind: 'partner' });
	});

	it('refuses an empty household, and bad ages', () => {
		expect(issuesOf(() => foodPackage({ members: [] }, { date }))).toEqual([
			{ path: ['members'], code: 'too-small', values: { minimum: 1 } }
		]);
		expect(
			issuesOf(() => foodPackage({ members: [{ age: -1 }, { age: '4,5' }] }, { date }))
		).toEqual([
			{ path: ['members', 0, 'age'], code: 'too-small', values: { minimum: 0 } },
			{ path: ['members', 1, 'age'], code: 'not-an-integer' }
		]);
		expect(issuesOf(() => foodPackage(household(...Array<number>(31).fill(30)), { date }))).toEqual(
			[{ path: ['members'], code: 'too-large', values: { maximum: 30 } }]
		);
	});

	it('takes birth dates', () => {
		expect(
			foodPackage(
				{ members: [{ age: { birthDate: '1990-01-01' } }, { age: { birthDate: '2011-03-02' } }] },
				{ date }
			).consumptionUnits
		).toBe('1.3');
	});
});

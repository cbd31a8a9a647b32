import { describe, expect, it } from 'vitest';
import { CalcInputError, type CalcIssue } from './errors';
import { mealCost, mealsPerMonthFromWeekly } from './meal-cost';

const date = '2025-03-01';
const recipient = { receivesLeefloon: true } as const;
const single = (monthlyNetIncome: string | number) =>
	({ receivesLeefloon: false, monthlyNetIncome, leefloonCategory: 'single' }) as const;
function issuesOf(run: () => unknown): CalcIssue[] {
	try {
		run();
	} catch (error) {
		if (error instanceof CalcInputError) return error.issues;
		throw error;
	}
	throw new Error('expected a CalcInputError');
}

describe('mealCost: the OCMW social restaurant', () => {
	it('a child turns 12 on their birthday (birth date input)', () => {
		const diners = [{ age: { birthDate: '2013-03-01' } }, { age: { birthDate: '2013-03-02' } }];
		const result = mealCost({ venue: 'ocmw', diners, income: recipient }, { date });
		expect(result.perDiner.map((d) => [d.age, d.tariff])).toEqual([
			[12, 'adult'],
			[11, 'child']
		]);
	});

	it('needs the income; a partner may set its own prices, age limit and leefloon', () => {
		expect(issuesOf(() => mealCost({ venue: 'ocmw', diners: [{ age: 30 }] }, { date }))).toEqual([
			{ path: ['income'], code: 'required' }
		]);
		const result = mealCost(
			{ venue: 'ocmw', diners: [{ age: 30 }, { age: 13 }], income: single(1400) },
			{
				date,
				params: {
					ocmwAdultPrice: '2',
					ocmwChildPrice: '0,50',
					ocmwChildAgeLimit: 14,
					leefloonSingle: 1400
				}
			}
		);
		expect(result).toMatchObject({ access: 'derogation-possible', pricePerVisit: '2.50' });
		expect(result.sources.filter((s) => s.status === 'partner').map((s) => s.id)).toEqual([
			'leefloon.single',
			'meal.ocmw.adult-price',
			'meal.ocmw.child-price',
			'meal.ocmw.child-age-limit'
		]);
		expect(
			result.sources.every((s) => s.status !== 'partner' || s.reference.kind === 'partner')
		).toBe(true);
	});
});

describe('mealCost: refused input', () => {
	it('an empty table, an unknown venue, a bad age and a bad income', () => {
		expect(issuesOf(() => mealCost({ venue: 'restojet', diners: [] }, { date }))).toEqual([
			{ path: ['diners'], code: 'too-small', values: { minimum: 1 } }
		]);
		expect(
			issuesOf(() => mealCost({ venue: 'resto' as never, diners: [{ age: 3 }] }, { date }))
		).toEqual([{ path: ['venue'], code: 'unknown-value' }]);
		expect(
			issuesOf(() =>
				mealCost(
					{ venue: 'ocmw', diners: [{ age: 30 }, { age: 130 }], income: single('abc') },
					{ date }
				)
			)
		).toEqual([
			{ path: ['diners', 1, 'age'], code: 'too-large', values: { maximum: 120 } },
			{ path: ['income', 'monthlyNetIncome'], code: 'not-a-number', values: { kind: 'amount' } }
		]);
		expect(
			issuesOf(() =>
				mealCost(
					{ venue: 'ocmw', diners: [{ age: 30 }], income: { receivesLeefloon: 'no' } as never },
					{ date }
				)
			)
		).toEqual([{ path: ['income', 'receivesLeefloon'], code: 'invalid' }]);
		expect(
			issuesOf(() =>
				mealCost(
					{
						venue: 'ocmw',
						diners: [{ age: 30 }],
						income: { receivesLeefloon: false, monthlyNetIncome: 1, leefloonCategory: 'x' } as never
					},
					{ date }
				)
			)
		).toEqual([{ path: ['income', 'leefloonCategory'], code: 'unknown-value' }]);
	});

	it('a birth date after the reference date', () => {
		expect(
			issuesOf(() =>
				mealCost({ venue: 'restojet', diners: [{ age: { birthDate: '2025-03-02' } }] }, { date })
			)
		).toEqual([
			{ path: ['diners', 0, 'age', 'birthDate'], code: 'too-large', values: { maximum: date } }
		]);
	});
});

describe('mealsPerMonthFromWeekly: visits a week as visits a month (× 52 ÷ 12, half up)', () => {
	it('rounds to whole visits, a half up', () => {
		expect(mealsPerMonthFromWeekly('5')).toEqual({
			perMonth: 22,
			exact: '21.66666666666666666667'
		});
		expect(mealsPerMonthFromWeekly(7)?.perMonth).toBe(30);
		expect(mealsPerMonthFromWeekly('1,5')).toEqual({ perMonth: 7, exact: '6.5' });
		expect(mealsPerMonthFromWeekly('1.5')?.perMonth).toBe(7);
		expect(mealsPerMonthFromWeekly(' 3 ')).toEqual({ perMonth: 13, exact: '13' });
		expect(mealsPerMonthFromWeekly('0')).toEqual({ perMonth: 0, exact: '0' });
	});

	it('leaves anything but a plain number to the calculator, whose check names the problem', () => {
		// More than two decimals: "1.4999999999999999999999" would otherwise round twice, to 7.
		for (const typed of ['', 'vijf', '-1', '2,5,0', '1e3', '1,333', '1.4999999999999999999999']) {
			expect(mealsPerMonthFromWeekly(typed), typed).toBeNull();
		}
		expect(() =>
			mealCost({ venue: 'restojet', diners: [{ age: 30 }], mealsPerMonth: 'vijf' }, { date })
		).toThrow(CalcInputError);
	});

	it('visits a week or a month, not both; a week takes two decimals at most', () => {
		const base = { venue: 'restojet', diners: [{ age: 30 }] };
		expect(
			issuesOf(() => mealCost({ ...base, mealsPerWeek: 1, mealsPerMonth: 4 }, { date }))
		).toEqual([{ path: ['mealsPerMonth'], code: 'invalid' }]);
		expect(mealCost({ ...base, mealsPerWeek: '1,5' }, { date }).mealsPerMonth).toBe(7);
		expect(() => mealCost({ ...base, mealsPerWeek: '1.333' }, { date })).toThrow(CalcInputError);
	});
});

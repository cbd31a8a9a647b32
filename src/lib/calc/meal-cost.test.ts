import { describe, expect, it } from 'vitest';
import { CalcInputError, type CalcIssue } from './errors';
import { mealCost, mealsPerMonthFromWeekly, type MealCostInput } from './meal-cost';

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
	it('a child aged exactly 12 pays the adult price; one aged 11 the child price', () => {
		const result = mealCost(
			{ venue: 'ocmw', diners: [{ age: 40 }, { age: 12 }, { age: 11 }], income: recipient },
			{ date }
		);
		expect(result).toMatchObject({
			venue: 'ocmw',
			access: 'eligible',
			pricePerVisit: '4.00',
			perMonth: null,
			reasons: [],
			perDiner: [
				{ age: 40, tariff: 'adult', price: '1.50' },
				{ age: 12, tariff: 'adult', price: '1.50' },
				{ age: 11, tariff: 'child', price: '1.00' }
			]
		});
		expect(result.steps).toEqual([
			{ code: 'receives-leefloon', values: {} },
			{
				code: 'tariff-subtotal',
				values: { tariff: 'adult', diners: 2, price: '1.50', subtotal: '3.00' }
			},
			{
				code: 'tariff-subtotal',
				values: { tariff: 'child', diners: 1, price: '1.00', subtotal: '1.00' }
			},
			{ code: 'price-per-visit', values: { pricePerVisit: '4.00' } }
		]);
		expect(result.sources.map((s) => [s.id, s.value])).toEqual([
			['meal.ocmw.adult-price', '1.50'],
			['meal.ocmw.child-price', '1.00'],
			['meal.ocmw.child-age-limit', '12']
		]);
		expect(JSON.parse(JSON.stringify(result))).toEqual(result);
	});

	it('a child turns 12 on their birthday (birth date input)', () => {
		const diners = [{ age: { birthDate: '2013-03-01' } }, { age: { birthDate: '2013-03-02' } }];
		const result = mealCost({ venue: 'ocmw', diners, income: recipient }, { date });
		expect(result.perDiner.map((d) => [d.age, d.tariff])).toEqual([
			[12, 'adult'],
			[11, 'child']
		]);
	});

	it('an income exactly at the leefloon: a derogation is possible', () => {
		const result = mealCost(
			{ venue: 'ocmw', diners: [{ age: 30 }], income: single('1314,20') },
			{ date }
		);
		expect(result.access).toBe('derogation-possible');
		expect(result.steps[0]).toEqual({
			code: 'leefloon-comparison',
			values: {
				monthlyNetIncome: '1314.20',
				leefloonCategory: 'single',
				leefloon: '1314.20',
				comparison: 'at-or-below'
			}
		});
		expect(result.sources[0]).toMatchObject({
			id: 'leefloon.single',
			value: '1314.20',
			from: '2025-02-01'
		});
	});

	it('one cent above the leefloon: not eligible, the price is still shown', () => {
		const result = mealCost(
			{ venue: 'ocmw', diners: [{ age: 30 }], income: single(1314.21) },
			{ date }
		);
		expect(result.access).toBe('not-eligible');
		expect(result.pricePerVisit).toBe('1.50');
		expect(result.steps[0]!.values.comparison).toBe('above');
	});

	it('the leefloon of the day: 1300 is above it the day before 2025-02-01, below it that day', () => {
		const input: MealCostInput = { venue: 'ocmw', diners: [{ age: 30 }], income: single(1300) };
		expect(mealCost(input, { date: '2025-01-31' }).access).toBe('not-eligible');
		expect(mealCost(input, { date: '2025-02-01' }).access).toBe('derogation-possible');
		expect(issuesOf(() => mealCost(input, { date: '2024-04-30' }))).toEqual([
			{
				path: ['date'],
				code: 'no-parameter-for-date',
				values: { parameter: 'leefloon.single', earliest: '2024-05-01' }
			}
		]);
	});

	it('counts meals per month', () => {
		const result = mealCost(
			{ venue: 'ocmw', diners: [{ age: 30 }, { age: 5 }], income: recipient, mealsPerMonth: '20' },
			{ date }
		);
		expect(result.perMonth).toBe('50.00');
		expect(result.steps.at(-1)).toEqual({
			code: 'price-per-month',
			values: { pricePerVisit: '2.50', mealsPerMonth: 20, perMonth: '50.00' }
		});
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
		expect(result.sources.every((s) => s.reference.source === 'partner')).toBe(true);
	});
});

describe('mealCost: Restojet and De Engelbewaarder', () => {
	it('Restojet: 3.00 for every diner, whatever the age, open to all', () => {
		const result = mealCost(
			{ venue: 'restojet', diners: [{ age: 40 }, { age: 4 }], mealsPerMonth: 4 },
			{ date }
		);
		expect(result).toMatchObject({
			access: 'open-to-all',
			pricePerVisit: '6.00',
			perMonth: '24.00',
			perDiner: [
				{ age: 40, tariff: 'adult', price: '3.00' },
				{ age: 4, tariff: 'adult', price: '3.00' }
			]
		});
		expect(result.sources.map((s) => s.id)).toEqual(['meal.restojet.price']);
	});

	it('De Engelbewaarder: open to all, price unconfirmed, so no figures', () => {
		const result = mealCost(
			{ venue: 'engelbewaarder', diners: [{ age: 40 }], mealsPerMonth: 4, income: recipient },
			{ date }
		);
		expect(result).toMatchObject({
			access: 'open-to-all',
			pricePerVisit: null,
			perMonth: null,
			perDiner: [{ age: 40, tariff: 'adult', price: null }],
			reasons: ['price-unconfirmed'],
			steps: []
		});
		expect(result.sources[0]).toMatchObject({ value: null, unconfirmed: true });
		const priced = mealCost(
			{ venue: 'engelbewaarder', diners: [{ age: 40 }] },
			{ date, params: { engelbewaarderPrice: '4.50' } }
		);
		expect(priced).toMatchObject({ pricePerVisit: '4.50', reasons: [] });
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

	it('gives mealCost a month it accepts: 7 a week is 30 visits, at most 31', () => {
		const perMonth = mealsPerMonthFromWeekly('7')!.perMonth;
		const result = mealCost(
			{ venue: 'restojet', diners: [{ age: 30 }], mealsPerMonth: perMonth },
			{ date }
		);
		expect(result.perMonth).toBe('90.00');
	});
});

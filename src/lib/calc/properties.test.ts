import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALC_ISSUE_CODES, CalcInputError, type CalcIssueCode } from './errors';
import { foodPackage } from './food-package';
import { leefloonAmount } from './leefloon';
import { mealCost } from './meal-cost';
import { savingsLoan } from './savings-loan';
import { savingsPlan } from './savings-plan';

// Stryker runs every mutant against these: it sets FC_NUM_RUNS lower (vitest.stryker.config.ts).
fc.configureGlobal({ numRuns: Number(process.env.FC_NUM_RUNS ?? 100) });

const date = '2025-03-01';
const ISSUE_CODES: readonly CalcIssueCode[] = CALC_ISSUE_CODES;
const MONEY = /^\d+\.\d{2}$/;

/** An amount in cents, written as a number, a "2.50" or a "2,50" string. */
const cents = (max: number) => fc.integer({ min: 0, max });
const amountText = (value: number) =>
	fc.constantFrom(
		value / 100,
		(value / 100).toFixed(2),
		(value / 100).toFixed(2).replace('.', ',')
	);
const euros = (c: number) => new Big(c).div(100);
const age = fc.integer({ min: 0, max: 120 });
const venue = fc.constantFrom('ocmw', 'restojet', 'engelbewaarder' as const);
const income = fc.oneof(
	fc.constant({ receivesLeefloon: true as const }),
	fc.record({
		receivesLeefloon: fc.constant(false as const),
		monthlyNetIncome: cents(300_000).map((c) => euros(c).toFixed(2)),
		leefloonCategory: fc.constantFrom('cohabiting', 'single', 'family' as const)
	})
);

/** Every string leaf that looks like money has two decimals; the result is plain JSON. */
function expectValidResult(result: unknown) {
	expect(JSON.parse(JSON.stringify(result))).toEqual(result);
	const text = JSON.stringify(result);
	expect(text).not.toMatch(/NaN|Infinity/);
}

function expectOnlyCalcInputError(run: () => unknown) {
	try {
		expectValidResult(run());
	} catch (error) {
		expect(error).toBeInstanceOf(CalcInputError);
		const issues = (error as CalcInputError).issues;
		expect(issues.length).toBeGreaterThan(0);
		for (const issue of issues) {
			expect(ISSUE_CODES).toContain(issue.code);
			expect(Array.isArray(issue.path)).toBe(true);
		}
	}
}

describe('savingsLoan properties', () => {
	it('the loan capacity is exactly twice the total saved when eligible, 0.00 otherwise', () => {
		fc.assert(
			fc.property(cents(100_000), fc.integer({ min: 0, max: 1200 }), (amount, months) => {
				const result = savingsLoan({ monthlyAmount: euros(amount).toFixed(2), months }, { date });
				expect(result.totalSaved).toBe(euros(amount).times(months).toFixed(2));
				expect(result.totalSaved).toMatch(MONEY);
				if (result.eligible) {
					expect(result.loanCapacity).toBe(new Big(result.totalSaved).times(2).toFixed(2));
				} else {
					expect(result.loanCapacity).toBe('0.00');
				}
				expect(result.eligible).toBe(amount >= 250 && months >= 12);
			})
		);
	});

	it('accepts the same amount as a number, "2.50" or "2,50"', () => {
		fc.assert(
			fc.property(
				cents(100_000).chain((c) => fc.tuple(fc.constant(c), amountText(c))),
				fc.integer({ min: 0, max: 1200 }),
				([c, text], months) => {
					expect(savingsLoan({ monthlyAmount: text, months }, { date })).toEqual(
						savingsLoan({ monthlyAmount: euros(c).toFixed(2), months }, { date })
					);
				}
			)
		);
	});

	it('never decreases when the months or the amount increase', () => {
		fc.assert(
			fc.property(
				cents(50_000),
				cents(50_000),
				fc.integer({ min: 0, max: 600 }),
				fc.integer({ min: 0, max: 600 }),
				(a, extraAmount, m, extraMonths) => {
					const base = savingsLoan({ monthlyAmount: euros(a).toFixed(2), months: m }, { date });
					const more = savingsLoan(
						{ monthlyAmount: euros(a + extraAmount).toFixed(2), months: m + extraMonths },
						{ date }
					);
					for (const key of ['totalSaved', 'loanCapacity'] as const) {
						expect(new Big(more[key]).gte(base[key])).toBe(true);
					}
					if (base.loanAtEligibility !== null) {
						expect(more.loanAtEligibility).not.toBeNull();
						expect(new Big(more.loanAtEligibility!).gte(base.loanAtEligibility)).toBe(true);
					}
					if (base.eligible) expect(more.eligible).toBe(true);
				}
			)
		);
	});
});

describe('savingsPlan properties', () => {
	it('the plan reaches the target: monthsNeeded × amount × 2 ≥ target, one month less does not', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000_000 }),
				fc.integer({ min: 250, max: 100_000 }),
				(t, a) => {
					const result = savingsPlan(
						{ targetLoan: euros(t).toFixed(2), monthlyAmount: euros(a).toFixed(2) },
						{ date }
					);
					const months = result.monthsNeeded!;
					expect(months).toBeGreaterThanOrEqual(12);
					expect(euros(a).times(months).times(2).gte(euros(t))).toBe(true);
					if (months > 12)
						expect(
							euros(a)
								.times(months - 1)
								.times(2)
								.lt(euros(t))
						).toBe(true);
					const for12 = new Big(result.monthlyAmountFor12Months!);
					expect(for12.gte('2.50')).toBe(true);
					expect(for12.times(24).gte(euros(t))).toBe(true);
					if (for12.gt('2.50')) expect(for12.minus('0.01').times(24).lt(euros(t))).toBe(true);
				}
			)
		);
	});
});

describe('mealCost properties', () => {
	it('never costs less when a diner or a meal is added', () => {
		fc.assert(
			fc.property(
				venue,
				fc.array(age, { minLength: 1, maxLength: 29 }),
				age,
				income,
				fc.integer({ min: 0, max: 30 }),
				(v, ages, extra, inc, meals) => {
					const diners = ages.map((a) => ({ age: a }));
					const base = mealCost({ venue: v, diners, income: inc, mealsPerMonth: meals }, { date });
					const more = mealCost(
						{
							venue: v,
							diners: [...diners, { age: extra }],
							income: inc,
							mealsPerMonth: meals + 1
						},
						{ date }
					);
					expectValidResult(base);
					if (base.pricePerVisit === null) {
						expect(base.reasons).toEqual(['price-unconfirmed']);
						return;
					}
					expect(base.pricePerVisit).toMatch(MONEY);
					expect(new Big(more.pricePerVisit!).gt(base.pricePerVisit)).toBe(true);
					expect(new Big(more.perMonth!).gte(base.perMonth!)).toBe(true);
					const sum = base.perDiner.reduce((s, d) => s.plus(d.price!), new Big(0));
					expect(sum.toFixed(2)).toBe(base.pricePerVisit);
				}
			)
		);
	});

	it('OCMW access follows the leefloon: at or below is a derogation, above is not', () => {
		fc.assert(
			fc.property(
				cents(300_000),
				fc.constantFrom('cohabiting', 'single', 'family' as const),
				(c, category) => {
					const leefloon = new Big(leefloonAmount(category, date).amount);
					const result = mealCost(
						{
							venue: 'ocmw',
							diners: [{ age: 30 }],
							income: {
								receivesLeefloon: false,
								monthlyNetIncome: euros(c).toFixed(2),
								leefloonCategory: category
							}
						},
						{ date }
					);
					expect(result.access).toBe(
						euros(c).lte(leefloon) ? 'derogation-possible' : 'not-eligible'
					);
				}
			)
		);
	});
});

describe('foodPackage properties', () => {
	it('never decreases when a member is added', () => {
		fc.assert(
			fc.property(fc.array(age, { minLength: 1, maxLength: 29 }), age, (ages, extra) => {
				const base = foodPackage({ members: ages.map((a) => ({ age: a })) }, { date });
				const more = foodPackage({ members: [...ages, extra].map((a) => ({ age: a })) }, { date });
				expect(more.persons).toBe(base.persons + 1);
				expect(new Big(more.consumptionUnits).gt(base.consumptionUnits)).toBe(true);
				expect(more.children).toBeGreaterThanOrEqual(base.children);
				expect(more.youngChildren).toBeGreaterThanOrEqual(base.youngChildren);
				const order = ['small', 'medium', 'large'];
				expect(order.indexOf(more.packageSize)).toBeGreaterThanOrEqual(
					order.indexOf(base.packageSize)
				);
				// 1.0 for the first, then 0.3 to 0.5 for each further member.
				const units = new Big(base.consumptionUnits);
				expect(units.gte(new Big(0.3).times(ages.length - 1).plus(1))).toBe(true);
				expect(units.lte(new Big(0.5).times(ages.length - 1).plus(1))).toBe(true);
			})
		);
	});
});

describe('every input either gives a valid result or throws CalcInputError', () => {
	const messy = fc.oneof(
		fc.anything(),
		fc.constantFrom(
			Number.NaN,
			Infinity,
			-Infinity,
			-0,
			-1,
			1e308,
			2.505,
			'',
			' ',
			'2,5,0',
			'1e3',
			'abc',
			null
		),
		fc.double(),
		fc.integer(),
		fc.string(),
		cents(200_000).map((c) => euros(c).toFixed(2).replace('.', ','))
	);
	const messyDate = fc.oneof(
		fc.constant(undefined),
		fc.constantFrom('2025-02-30', '2023-12-31', '2024-04-30', '2025-02-01', 'today', ''),
		fc
			.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
			.map((d) => d.toISOString().slice(0, 10)),
		fc.anything()
	);
	const messyOptions = fc.oneof(
		fc.constant(undefined),
		fc.record({ date: messyDate }, { requiredKeys: [] }),
		fc.record({ date: messyDate, params: fc.dictionary(fc.string(), messy) }, { requiredKeys: [] }),
		fc.anything()
	);

	it('savingsLoan and savingsPlan', () => {
		fc.assert(
			fc.property(messy, messy, messyOptions, fc.anything(), (a, b, options, whole) => {
				expectOnlyCalcInputError(() =>
					savingsLoan({ monthlyAmount: a, months: b } as never, options as never)
				);
				expectOnlyCalcInputError(() =>
					savingsPlan({ targetLoan: a, monthlyAmount: b } as never, options as never)
				);
				expectOnlyCalcInputError(() => savingsLoan(whole as never));
				expectOnlyCalcInputError(() => savingsPlan(whole as never, options as never));
			})
		);
	});

	it('mealCost', () => {
		const diner = fc.oneof(
			fc.record({ age: messy }),
			fc.record({ age: fc.record({ birthDate: messyDate }) }),
			fc.anything()
		);
		fc.assert(
			fc.property(
				fc.oneof(venue, messy),
				fc.oneof(fc.array(diner, { maxLength: 40 }), messy),
				fc.oneof(
					income,
					fc.record({
						receivesLeefloon: fc.boolean(),
						monthlyNetIncome: messy,
						leefloonCategory: messy
					})
				),
				fc.oneof(fc.constant(undefined), messy),
				messyOptions,
				(v, diners, inc, meals, options) => {
					expectOnlyCalcInputError(() =>
						mealCost(
							{ venue: v, diners, income: inc, mealsPerMonth: meals } as never,
							options as never
						)
					);
				}
			),
			// Regression: a "diners" whose length is an object made zod throw a TypeError (issue 12).
			{
				examples: [
					['ocmw', { length: { toString: '' } }, { receivesLeefloon: true }, undefined, undefined]
				]
			}
		);
	});

	it('foodPackage and leefloonAmount', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.array(fc.record({ age: messy }), { maxLength: 40 }), messy),
				messyOptions,
				messy,
				(members, options, category) => {
					expectOnlyCalcInputError(() => foodPackage({ members } as never, options as never));
					expectOnlyCalcInputError(() => leefloonAmount(category as never, options as never));
				}
			)
		);
	});
});

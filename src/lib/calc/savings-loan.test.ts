import { describe, expect, it } from 'vitest';
import { CalcInputError, type CalcIssue } from './errors';
import { savingsLoan } from './savings-loan';
import { savingsPlan } from './savings-plan';

const date = '2025-03-01';
function issuesOf(run: () => unknown): CalcIssue[] {
	try {
		run();
	} catch (error) {
		if (error instanceof CalcInputError) return error.issues;
		throw error;
	}
	throw new Error('expected a CalcInputError');
}

describe('savingsLoan: the Jette savings and loan group', () => {
	it('exactly 2.50 € for exactly 12 months: eligible, a loan of twice 30.00', () => {
		const result = savingsLoan({ monthlyAmount: '2.50', months: 12 }, { date });
		expect(result).toMatchObject({
			eligible: true,
			totalSaved: '30.00',
			loanCapacity: '60.00',
			monthsToEligibility: 0,
			loanAtEligibility: '60.00',
			reasons: []
		});
		expect(result.steps.map((s) => s.code)).toEqual([
			'total-saved',
			'minimum-monthly-amount',
			'minimum-months',
			'loan-capacity'
		]);
		expect(result.steps[0]).toEqual({
			code: 'total-saved',
			values: { monthlyAmount: '2.50', months: 12, totalSaved: '30.00' }
		});
		expect(result.steps[3]).toEqual({
			code: 'loan-capacity',
			values: { totalSaved: '30.00', multiplier: '2', loanCapacity: '60.00' }
		});
		expect(JSON.parse(JSON.stringify(result))).toEqual(result);
	});

	it('2.49 € a month is below the minimum, whatever the months', () => {
		const result = savingsLoan({ monthlyAmount: 2.49, months: 24 }, { date });
		expect(result).toMatchObject({
			eligible: false,
			totalSaved: '59.76',
			loanCapacity: '0.00',
			monthsToEligibility: null,
			loanAtEligibility: null,
			reasons: ['below-minimum-amount']
		});
		expect(result.steps[1]).toEqual({
			code: 'minimum-monthly-amount',
			values: { monthlyAmount: '2.49', minimumMonthlyAmount: '2.50', comparison: 'below' }
		});
	});

	it('11 months is one month short: what they could borrow at 12', () => {
		const result = savingsLoan({ monthlyAmount: '5,00', months: 11 }, { date });
		expect(result).toMatchObject({
			eligible: false,
			totalSaved: '55.00',
			loanCapacity: '0.00',
			monthsToEligibility: 1,
			loanAtEligibility: '120.00',
			reasons: ['too-few-months']
		});
		expect(result.steps.map((s) => s.code)).toEqual([
			'total-saved',
			'minimum-monthly-amount',
			'minimum-months',
			'months-to-eligibility',
			'loan-at-eligibility'
		]);
		expect(result.steps[2]!.values.comparison).toBe('below');
		expect(result.steps[3]!.values).toEqual({
			months: 11,
			minimumMonths: 12,
			monthsToEligibility: 1
		});
		expect(result.steps[4]!.values).toEqual({
			monthlyAmount: '5.00',
			months: 12,
			totalSaved: '60.00',
			multiplier: '2',
			loanAtEligibility: '120.00'
		});
	});

	it('both reasons at once, and nothing saved yet', () => {
		expect(savingsLoan({ monthlyAmount: 0, months: 0 }, { date })).toMatchObject({
			eligible: false,
			totalSaved: '0.00',
			reasons: ['below-minimum-amount', 'too-few-months']
		});
	});

	it('more than 12 months: the loan is twice all that was saved', () => {
		const result = savingsLoan({ monthlyAmount: '10', months: 30 }, { date });
		expect(result).toMatchObject({
			loanCapacity: '600.00',
			loanAtEligibility: '600.00',
			monthsToEligibility: 0
		});
		expect(result.steps[2]!.values.comparison).toBe('at-or-above');
		expect(result.steps[1]!.values.comparison).toBe('at-or-above');
	});

	it('lists its four parameters, the maximum loan unconfirmed with no number', () => {
		const { sources } = savingsLoan({ monthlyAmount: 3, months: 12 }, { date });
		expect(sources.map((s) => [s.id, s.value, s.unconfirmed])).toEqual([
			['savings.minimum-monthly-amount', '2.50', false],
			['savings.minimum-months', '12', false],
			['savings.loan-multiplier', '2', false],
			['savings.maximum-loan', null, true]
		]);
		expect(sources[0]).toMatchObject({
			from: '2024-01-01',
			reference: {
				source: 'jette-sociale-steun',
				section: 'Financiële hulp › Jetse lening- en spaarvereniging'
			}
		});
	});

	it('caps the loan only at a maximum a partner has set', () => {
		const result = savingsLoan(
			{ monthlyAmount: 25, months: 12 },
			{ date, params: { maximumLoan: '500' } }
		);
		expect(result.loanCapacity).toBe('500.00');
		expect(result.loanAtEligibility).toBe('500.00');
		expect(result.steps.at(-1)).toEqual({
			code: 'loan-capped',
			values: { loanCapacity: '600.00', maximumLoan: '500.00' }
		});
		expect(result.sources[3]).toMatchObject({
			id: 'savings.maximum-loan',
			value: '500.00',
			unconfirmed: false,
			reference: { source: 'partner' }
		});
		const short = savingsLoan(
			{ monthlyAmount: 25, months: 3 },
			{ date, params: { maximumLoan: 500 } }
		);
		expect(short.loanAtEligibility).toBe('500.00');
		const under = savingsLoan(
			{ monthlyAmount: 20, months: 12 },
			{ date, params: { maximumLoan: 480 } }
		);
		expect(under.loanCapacity).toBe('480.00');
		expect(under.steps.map((s) => s.code)).not.toContain('loan-capped');
	});

	it('takes a partner’s own rules', () => {
		const result = savingsLoan(
			{ monthlyAmount: 2, months: 6 },
			{ date, params: { minimumMonthlyAmount: '2', minimumMonths: 6, loanMultiplier: '1.5' } }
		);
		expect(result).toMatchObject({ eligible: true, totalSaved: '12.00', loanCapacity: '18.00' });
		expect(result.steps.at(-1)!.values.multiplier).toBe('1.5');
	});

	it('refuses bad input with one issue per field', () => {
		expect(issuesOf(() => savingsLoan({ monthlyAmount: 'abc', months: 2.5 }, { date }))).toEqual([
			{ path: ['monthlyAmount'], code: 'not-a-number', values: { kind: 'amount' } },
			{ path: ['months'], code: 'not-an-integer' }
		]);
		// A negative amount names the group's own minimum, "2,5 €/maand", not zero.
		expect(issuesOf(() => savingsLoan({ monthlyAmount: -1, months: 1201 }, { date }))).toEqual([
			{ path: ['monthlyAmount'], code: 'too-small', values: { minimum: '2.50' } },
			{ path: ['months'], code: 'too-large', values: { maximum: 1200 } }
		]);
		expect(issuesOf(() => savingsLoan({ monthlyAmount: 3 } as never, { date }))).toEqual([
			{ path: ['months'], code: 'required' }
		]);
		expect(issuesOf(() => savingsLoan(null as never, { date }))).toEqual([
			{ path: [], code: 'invalid' }
		]);
		expect(
			issuesOf(() => savingsLoan({ monthlyAmount: 3, months: 12, extra: 1 } as never, { date }))
		).toEqual([{ path: ['extra'], code: 'unknown-key' }]);
		expect(
			issuesOf(() =>
				savingsLoan({ monthlyAmount: 3, months: 12 }, { date, params: { interest: 1 } as never })
			)
		).toEqual([{ path: ['params', 'interest'], code: 'unknown-key' }]);
		expect(
			issuesOf(() =>
				savingsLoan({ monthlyAmount: 3, months: 12 }, { date, params: { loanMultiplier: 0 } })
			)
		).toEqual([
			{ path: ['params', 'loanMultiplier'], code: 'too-small', values: { minimum: 0.01 } }
		]);
		expect(
			issuesOf(() => savingsLoan({ monthlyAmount: 3, months: 12 }, { date: '2025-02-30' }))
		).toEqual([{ path: ['date'], code: 'invalid-date' }]);
		expect(
			issuesOf(() => savingsLoan({ monthlyAmount: 3, months: 12 }, { when: 1 } as never))
		).toEqual([{ path: ['when'], code: 'unknown-key' }]);
	});

	it('the rules hold from 2024-01-01, the date we rely on the page from; not the day before', () => {
		expect(savingsLoan({ monthlyAmount: 3, months: 12 }, { date: '2024-01-01' }).eligible).toBe(
			true
		);
		expect(
			issuesOf(() => savingsLoan({ monthlyAmount: 3, months: 12 }, { date: '2023-12-31' }))
		).toEqual([
			{
				path: ['date'],
				code: 'no-parameter-for-date',
				values: { parameter: 'savings.minimum-monthly-amount', earliest: '2024-01-01' }
			}
		]);
	});

	it('uses today in Brussels without a date', () => {
		expect(savingsLoan({ monthlyAmount: 3, months: 12 }).loanCapacity).toBe('72.00');
	});
});

describe('savingsPlan', () => {
	it('a loan of 60 at 2.50 a month takes exactly 12 months; 12 months need 2.50', () => {
		expect(savingsPlan({ targetLoan: 60, monthlyAmount: '2,50' }, { date })).toMatchObject({
			targetLoan: '60.00',
			monthsNeeded: 12,
			monthlyAmountFor12Months: '2.50',
			reasons: []
		});
	});

	it('never fewer than 12 months, never less than 2.50 a month', () => {
		expect(savingsPlan({ targetLoan: 10, monthlyAmount: 100 }, { date })).toMatchObject({
			monthsNeeded: 12,
			monthlyAmountFor12Months: '2.50'
		});
	});

	it('rounds months and the monthly amount up', () => {
		const result = savingsPlan({ targetLoan: '1000', monthlyAmount: 30 }, { date });
		// 1000 / (2 × 30) = 16.67 months → 17; 1000 / 24 = 41.666… → 41.67
		expect(result).toMatchObject({ monthsNeeded: 17, monthlyAmountFor12Months: '41.67' });
		expect(result.steps).toEqual([
			{
				code: 'months-needed',
				values: {
					targetLoan: '1000.00',
					multiplier: '2',
					monthlyAmount: '30.00',
					exactMonths: '16.67',
					roundedMonths: 17,
					minimumMonths: 12,
					monthsNeeded: 17
				}
			},
			{
				code: 'monthly-amount-for-minimum-months',
				values: {
					targetLoan: '1000.00',
					multiplier: '2',
					minimumMonths: 12,
					exactAmount: '41.67',
					minimumMonthlyAmount: '2.50',
					monthlyAmount: '41.67'
				}
			}
		]);
		expect(savingsPlan({ targetLoan: 1200, monthlyAmount: 40 }, { date }).monthsNeeded).toBe(15);
	});

	it('without a monthly amount: months unknown, the 12-month amount only', () => {
		const result = savingsPlan({ targetLoan: 240 }, { date });
		expect(result).toMatchObject({
			monthsNeeded: null,
			monthlyAmountFor12Months: '10.00',
			reasons: []
		});
		expect(result.steps.map((s) => s.code)).toEqual(['monthly-amount-for-minimum-months']);
	});

	it('2.49 a month is below the minimum: no months, a reason', () => {
		expect(savingsPlan({ targetLoan: 240, monthlyAmount: 2.49 }, { date })).toMatchObject({
			monthsNeeded: null,
			monthlyAmountFor12Months: '10.00',
			reasons: ['below-minimum-amount']
		});
	});

	it('above a partner’s maximum loan: no figures, a reason', () => {
		expect(
			savingsPlan({ targetLoan: 600, monthlyAmount: 30 }, { date, params: { maximumLoan: 500 } })
		).toMatchObject({
			monthsNeeded: null,
			monthlyAmountFor12Months: null,
			reasons: ['above-maximum-loan']
		});
		expect(
			savingsPlan({ targetLoan: 500, monthlyAmount: 30 }, { date, params: { maximumLoan: 500 } })
		).toMatchObject({ monthsNeeded: 12, reasons: [] });
	});

	it('refuses a target that is not positive', () => {
		expect(issuesOf(() => savingsPlan({ targetLoan: 0 }, { date }))).toEqual([
			{ path: ['targetLoan'], code: 'too-small', values: { minimum: 0.01 } }
		]);
		expect(issuesOf(() => savingsPlan({ targetLoan: '-5' }, { date }))).toEqual([
			{ path: ['targetLoan'], code: 'too-small', values: { minimum: 0 } }
		]);
		expect(issuesOf(() => savingsPlan({} as never, { date }))).toEqual([
			{ path: ['targetLoan'], code: 'required' }
		]);
	});
});

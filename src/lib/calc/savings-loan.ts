import { z } from 'zod/mini';
import { amountSchema, countSchema } from './input';
import { atLeast, atMost, decimal, min, money, plain, times, type Decimal } from './money';
import { readOptions } from './options';
import type { ParameterSource } from './params/parameter';
import {
	parseSavingsInput,
	savingsOptionsSchema,
	savingsRules,
	type SavingsOptions
} from './savings-rules';

/** Up to 100 years of saving: more is not a household's history but a typing error. */
export const MAXIMUM_SAVING_MONTHS = 1200;

export const savingsLoanInputSchema = z.strictObject({
	/** What the member saves each month, in euros ("2,50", 2.5). */
	monthlyAmount: amountSchema,
	/** How many months they have saved so far (0–1200). */
	months: countSchema(0, MAXIMUM_SAVING_MONTHS)
});
export type SavingsLoanInput = z.input<typeof savingsLoanInputSchema>;

/** Why a member cannot borrow yet. */
export type SavingsLoanReason = 'below-minimum-amount' | 'too-few-months';

/**
 * The steps of the calculation, in order; each `values` is worded by the widget.
 * - `total-saved`: monthlyAmount × months = totalSaved
 * - `minimum-monthly-amount`: monthlyAmount compared with minimumMonthlyAmount (comparison:
 *   'at-or-above' | 'below')
 * - `minimum-months`: months compared with minimumMonths ('at-or-above' | 'below')
 * - `loan-capacity`: totalSaved × multiplier = loanCapacity (only when eligible)
 * - `loan-capped`: the loan is capped at the partner's maximumLoan (only when it applies)
 * - `months-to-eligibility`: minimumMonths − months = monthsToEligibility (only when the amount
 *   is at or above the minimum and months are missing)
 * - `loan-at-eligibility`: monthlyAmount × months × multiplier = loanAtEligibility, with months
 *   the minimum or more (only when the amount is at or above the minimum)
 */
export type SavingsLoanStepCode =
	| 'total-saved'
	| 'minimum-monthly-amount'
	| 'minimum-months'
	| 'loan-capacity'
	| 'loan-capped'
	| 'months-to-eligibility'
	| 'loan-at-eligibility';
export interface SavingsLoanStep {
	code: SavingsLoanStepCode;
	values: Record<string, string | number>;
}

export interface SavingsLoanResult {
	eligible: boolean;
	/** monthlyAmount × months, e.g. "30.00". */
	totalSaved: string;
	/** Twice the total saved when eligible (capped only by a partner's maximum), else "0.00". */
	loanCapacity: string;
	/** Months still to save (0 when enough); null when the amount is below the minimum. */
	monthsToEligibility: number | null;
	/** What they could borrow once they have saved the minimum months at this amount (or now,
	 * when they already have); null when the amount is below the minimum. */
	loanAtEligibility: string | null;
	reasons: SavingsLoanReason[];
	steps: SavingsLoanStep[];
	sources: ParameterSource[];
}

/**
 * What a member of the Jette savings and loan group has saved and may borrow, interest-free: twice
 * the sum saved, once they have saved at least 2.50 € a month for at least 12 months.
 */
export function savingsLoan(input: SavingsLoanInput, options?: SavingsOptions): SavingsLoanResult {
	const { date, lang, params } = readOptions(savingsOptionsSchema, options);
	const rules = savingsRules(date, params);
	const { monthlyAmount, months } = parseSavingsInput(savingsLoanInputSchema, input, lang, rules);
	const steps: SavingsLoanStep[] = [];
	const reasons: SavingsLoanReason[] = [];

	const totalSaved = times(monthlyAmount, months);
	steps.push({
		code: 'total-saved',
		values: { monthlyAmount: money(monthlyAmount), months, totalSaved: money(totalSaved) }
	});

	const amountMet = atLeast(monthlyAmount, rules.minimumMonthlyAmount);
	steps.push({
		code: 'minimum-monthly-amount',
		values: {
			monthlyAmount: money(monthlyAmount),
			minimumMonthlyAmount: money(rules.minimumMonthlyAmount),
			comparison: amountMet ? 'at-or-above' : 'below'
		}
	});
	if (!amountMet) reasons.push('below-minimum-amount');

	const monthsMet = months >= rules.minimumMonths;
	steps.push({
		code: 'minimum-months',
		values: {
			months,
			minimumMonths: rules.minimumMonths,
			comparison: monthsMet ? 'at-or-above' : 'below'
		}
	});
	if (!monthsMet) reasons.push('too-few-months');

	const eligible = reasons.length === 0;
	let loanCapacity = decimal(0);
	if (eligible) {
		loanCapacity = cappedLoan(totalSaved, rules.loanMultiplier, rules.maximumLoan, steps);
	}

	let monthsToEligibility: number | null = null;
	let loanAtEligibility: string | null = null;
	if (amountMet) {
		monthsToEligibility = Math.max(0, rules.minimumMonths - months);
		if (monthsToEligibility > 0) {
			steps.push({
				code: 'months-to-eligibility',
				values: { months, minimumMonths: rules.minimumMonths, monthsToEligibility }
			});
			const monthsAtEligibility = rules.minimumMonths;
			const savedAtEligibility = times(monthlyAmount, monthsAtEligibility);
			const uncapped = times(savedAtEligibility, rules.loanMultiplier);
			const loan = rules.maximumLoan === null ? uncapped : min(uncapped, rules.maximumLoan);
			steps.push({
				code: 'loan-at-eligibility',
				values: {
					monthlyAmount: money(monthlyAmount),
					months: monthsAtEligibility,
					totalSaved: money(savedAtEligibility),
					multiplier: plain(rules.loanMultiplier),
					loanAtEligibility: money(loan)
				}
			});
			loanAtEligibility = money(loan);
		} else {
			loanAtEligibility = money(loanCapacity);
		}
	}

	return {
		eligible,
		totalSaved: money(totalSaved),
		loanCapacity: money(loanCapacity),
		monthsToEligibility,
		loanAtEligibility,
		reasons,
		steps,
		sources: rules.sources
	};
}

/** totalSaved × multiplier, capped at the partner's maximum when there is one. */
function cappedLoan(
	totalSaved: Decimal,
	multiplier: Decimal,
	maximumLoan: Decimal | null,
	steps: SavingsLoanStep[]
): Decimal {
	const loan = times(totalSaved, multiplier);
	steps.push({
		code: 'loan-capacity',
		values: {
			totalSaved: money(totalSaved),
			multiplier: plain(multiplier),
			loanCapacity: money(loan)
		}
	});
	if (maximumLoan === null || atMost(loan, maximumLoan)) return loan;
	steps.push({
		code: 'loan-capped',
		values: { loanCapacity: money(loan), maximumLoan: money(maximumLoan) }
	});
	return maximumLoan;
}

import { z } from 'zod/mini';
import { amountSchema, positiveAmountSchema } from './input';
import { above, below, max, money, plain, quotient, times, toNumber } from './money';
import { readOptions } from './options';
import type { ParameterSource } from './params/parameter';
import {
	parseSavingsInput,
	savingsOptionsSchema,
	savingsRules,
	type SavingsOptions
} from './savings-rules';

export const savingsPlanInputSchema = z.strictObject({
	/** The loan the member wants, in euros; more than zero. */
	targetLoan: positiveAmountSchema,
	/** What they can save each month; without it only the 12-month amount is computed. */
	monthlyAmount: z.optional(amountSchema)
});
export type SavingsPlanInput = z.input<typeof savingsPlanInputSchema>;

/** Why a figure is null: the monthly amount is below the minimum, or the target above a
 * partner's maximum loan. */
export type SavingsPlanReason = 'below-minimum-amount' | 'above-maximum-loan';

/**
 * - `months-needed`: targetLoan ÷ (multiplier × monthlyAmount) = exactMonths, rounded up to
 *   roundedMonths; never fewer than minimumMonths: monthsNeeded
 * - `monthly-amount-for-minimum-months`: targetLoan ÷ (multiplier × minimumMonths) = exactAmount,
 *   rounded up to the cent; never below minimumMonthlyAmount: monthlyAmountFor12Months
 */
export type SavingsPlanStepCode = 'months-needed' | 'monthly-amount-for-minimum-months';
export interface SavingsPlanStep {
	code: SavingsPlanStepCode;
	values: Record<string, string | number>;
}

export interface SavingsPlanResult {
	targetLoan: string;
	/** Months to save at `monthlyAmount` to borrow the target, never fewer than 12; null without an
	 * amount, with an amount below the minimum, or above the maximum loan. */
	monthsNeeded: number | null;
	/** The smallest monthly amount that reaches the target in 12 months (the minimum duration),
	 * never below 2.50, rounded up to the cent; null above the maximum loan. */
	monthlyAmountFor12Months: string | null;
	reasons: SavingsPlanReason[];
	steps: SavingsPlanStep[];
	sources: ParameterSource[];
}

/** How to reach a target loan from the Jette savings and loan group. */
export function savingsPlan(input: SavingsPlanInput, options?: SavingsOptions): SavingsPlanResult {
	const { date, lang, params } = readOptions(savingsOptionsSchema, options);
	const rules = savingsRules(date, params);
	const { targetLoan, monthlyAmount } = parseSavingsInput(
		savingsPlanInputSchema,
		input,
		lang,
		rules
	);
	const result: SavingsPlanResult = {
		targetLoan: money(targetLoan),
		monthsNeeded: null,
		monthlyAmountFor12Months: null,
		reasons: [],
		steps: [],
		sources: rules.sources
	};
	if (rules.maximumLoan !== null && above(targetLoan, rules.maximumLoan)) {
		result.reasons.push('above-maximum-loan');
		return result;
	}

	if (monthlyAmount !== undefined) {
		if (below(monthlyAmount, rules.minimumMonthlyAmount)) {
			result.reasons.push('below-minimum-amount');
		} else {
			const perMonth = times(rules.loanMultiplier, monthlyAmount);
			// A month begun is a month to save: rounded up to a whole month, from the exact quotient.
			const roundedMonths = toNumber(quotient(targetLoan, perMonth, 0, 'up'));
			result.monthsNeeded = Math.max(rules.minimumMonths, roundedMonths);
			result.steps.push({
				code: 'months-needed',
				values: {
					targetLoan: money(targetLoan),
					multiplier: plain(rules.loanMultiplier),
					monthlyAmount: money(monthlyAmount),
					exactMonths: plain(quotient(targetLoan, perMonth, 2, 'up')),
					roundedMonths,
					minimumMonths: rules.minimumMonths,
					monthsNeeded: result.monthsNeeded
				}
			});
		}
	}

	// The smallest amount that reaches the target: the exact quotient rounded up to the cent, once.
	const exactAmountInCents = quotient(
		targetLoan,
		times(rules.loanMultiplier, rules.minimumMonths),
		2,
		'up'
	);
	const amountFor12Months = max(exactAmountInCents, rules.minimumMonthlyAmount);
	result.monthlyAmountFor12Months = money(amountFor12Months);
	result.steps.push({
		code: 'monthly-amount-for-minimum-months',
		values: {
			targetLoan: money(targetLoan),
			multiplier: plain(rules.loanMultiplier),
			minimumMonths: rules.minimumMonths,
			exactAmount: money(exactAmountInCents),
			minimumMonthlyAmount: money(rules.minimumMonthlyAmount),
			monthlyAmount: money(amountFor12Months)
		}
	});
	return result;
}

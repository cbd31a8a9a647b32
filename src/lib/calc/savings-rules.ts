import { z } from 'zod/mini';
import type { IsoDate } from './dates';
import type { Lang } from '../i18n/lang';
import { CalcInputError } from './errors';
import { countSchema, parseInput, positiveAmountSchema } from './input';
import { decimal, money, plain, type Decimal } from './money';
import { optionsSchema, type CalcOptions } from './options';
import { parameterOn, type ParameterSource } from './params/parameter';
import { savingsLoanMultiplier } from './params/savings-loan-multiplier';
import { savingsMaximumLoan } from './params/savings-maximum-loan';
import { savingsMinimumMonthlyAmount } from './params/savings-minimum-monthly-amount';
import { savingsMinimumMonths } from './params/savings-minimum-months';

/**
 * The Jette savings and loan group's rules, shared by `savingsLoan` and `savingsPlan`: "sparen,
 * voor een minimumbedrag van 2,5 €/maand gedurende minstens 1 jaar … een lening … zonder intrest,
 * voor de dubbele som van het gespaarde geld. Deze leningen gelden enkel voor kleine sommen."
 */
export const savingsOverridesSchema = z.strictObject({
	minimumMonthlyAmount: z.optional(positiveAmountSchema),
	minimumMonths: z.optional(countSchema(1, 120)),
	loanMultiplier: z.optional(positiveAmountSchema),
	/** The page says "small sums" only: no cap unless a partner sets one. */
	maximumLoan: z.optional(positiveAmountSchema)
});
export type SavingsOverrides = z.input<typeof savingsOverridesSchema>;
export type SavingsOptions = CalcOptions<SavingsOverrides>;
export const savingsOptionsSchema = optionsSchema(savingsOverridesSchema);

export interface SavingsRules {
	minimumMonthlyAmount: Decimal;
	minimumMonths: number;
	loanMultiplier: Decimal;
	/** Null when unconfirmed (the sources give none) and no partner has set one. */
	maximumLoan: Decimal | null;
	sources: ParameterSource[];
}

export function savingsRules(
	date: IsoDate,
	overrides: z.output<typeof savingsOverridesSchema> | undefined
): SavingsRules {
	const minimumMonthlyAmount = parameterOn(
		savingsMinimumMonthlyAmount,
		date,
		overrides?.minimumMonthlyAmount && money(overrides.minimumMonthlyAmount)
	);
	const minimumMonths = parameterOn(
		savingsMinimumMonths,
		date,
		overrides?.minimumMonths === undefined ? undefined : String(overrides.minimumMonths)
	);
	const loanMultiplier = parameterOn(
		savingsLoanMultiplier,
		date,
		overrides?.loanMultiplier && plain(overrides.loanMultiplier)
	);
	const maximumLoan = parameterOn(
		savingsMaximumLoan,
		date,
		overrides?.maximumLoan && money(overrides.maximumLoan)
	);
	return {
		// The three rules from the page always have a number; only the maximum may be unconfirmed.
		minimumMonthlyAmount: decimal(minimumMonthlyAmount.value!),
		minimumMonths: Number(minimumMonths.value),
		loanMultiplier: decimal(loanMultiplier.value!),
		maximumLoan: maximumLoan.value === null ? null : decimal(maximumLoan.value),
		sources: [minimumMonthlyAmount, minimumMonths, loanMultiplier, maximumLoan]
	};
}

/**
 * A savings calculator's input, read in `lang`. A negative monthly amount is `too-small` with the
 * group's own minimum (2.50 €, or the partner's), the amount the person has to reach, not zero.
 */
export function parseSavingsInput<S extends z.ZodMiniType>(
	schema: S,
	input: unknown,
	lang: Lang | undefined,
	rules: SavingsRules
): z.output<S> {
	try {
		return parseInput(schema, input, [], lang);
	} catch (error) {
		if (!(error instanceof CalcInputError)) throw error;
		const minimum = money(rules.minimumMonthlyAmount);
		throw new CalcInputError(
			error.issues.map((issue) =>
				issue.code === 'too-small' && issue.path.join('.') === 'monthlyAmount'
					? { ...issue, values: { minimum } }
					: issue
			)
		);
	}
}

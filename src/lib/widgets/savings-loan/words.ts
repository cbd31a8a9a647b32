import type { SavingsLoanStep } from '../../calc/savings-loan';
import type { SavingsPlanStep } from '../../calc/savings-plan';
import type { ParameterSource } from '../../calc/params/parameter';
import { INTL_LOCALE, type Lang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import type { ExplainedSource } from '../shared/Explanation.svelte';
import { counted, formatMoney, formatNumber } from '../shared/format';
import { explainedSource, type ParameterLabel } from '../shared/sources';

/** A step or plan value as the calculator gives it: a decimal string or a whole number. */
type StepValues = Record<string, string | number | null | undefined>;

const moneyOf = (values: StepValues, key: string, lang: Lang) =>
	formatMoney(String(values[key] ?? '0'), lang);
const numberOf = (values: StepValues, key: string, lang: Lang) =>
	formatNumber(values[key] ?? 0, lang);

/** "12 months", "1 month" — used in the figure of the planner. */
export function monthsText(count: number, lang: Lang): string {
	return counted(count, lang, m.savings_figure_months_one, m.savings_figure_months_other);
}

/** One calculation step of `savingsLoan`, in words with the figures filled in. */
export function savingsStepText(step: SavingsLoanStep | SavingsPlanStep, lang: Lang): string {
	const locale = { locale: lang };
	const v = step.values as StepValues;
	const money = (key: string) => moneyOf(v, key, lang);
	const num = (key: string) => numberOf(v, key, lang);
	switch (step.code) {
		case 'total-saved':
			return m.savings_step_total_saved(
				{
					monthlyAmount: money('monthlyAmount'),
					months: num('months'),
					totalSaved: money('totalSaved')
				},
				locale
			);
		case 'minimum-monthly-amount':
			return v['comparison'] === 'below'
				? m.savings_step_minimum_amount_below(
						{ monthlyAmount: money('monthlyAmount'), minimum: money('minimumMonthlyAmount') },
						locale
					)
				: m.savings_step_minimum_amount_ok(
						{ monthlyAmount: money('monthlyAmount'), minimum: money('minimumMonthlyAmount') },
						locale
					);
		case 'minimum-months':
			return v['comparison'] === 'below'
				? m.savings_step_minimum_months_below(
						{ months: num('months'), minimumMonths: num('minimumMonths') },
						locale
					)
				: m.savings_step_minimum_months_ok(
						{ months: num('months'), minimumMonths: num('minimumMonths') },
						locale
					);
		case 'loan-capacity':
			return m.savings_step_loan_capacity(
				{
					totalSaved: money('totalSaved'),
					multiplier: num('multiplier'),
					loanCapacity: money('loanCapacity')
				},
				locale
			);
		case 'loan-capped':
			return m.savings_step_loan_capped(
				{ maximumLoan: money('maximumLoan'), loanCapacity: money('loanCapacity') },
				locale
			);
		case 'months-to-eligibility':
			return m.savings_step_months_to_eligibility(
				{
					minimumMonths: num('minimumMonths'),
					months: num('months'),
					monthsToEligibility: num('monthsToEligibility')
				},
				locale
			);
		case 'loan-at-eligibility':
			return m.savings_step_loan_at_eligibility(
				{
					months: num('months'),
					monthlyAmount: money('monthlyAmount'),
					totalSaved: money('totalSaved'),
					multiplier: num('multiplier'),
					loanAtEligibility: money('loanAtEligibility')
				},
				locale
			);
		case 'months-needed':
			return m.savings_step_months_needed(
				{
					targetLoan: money('targetLoan'),
					monthlyAmount: money('monthlyAmount'),
					multiplier: num('multiplier'),
					exactMonths: num('exactMonths'),
					roundedMonths: num('roundedMonths'),
					minimumMonths: num('minimumMonths'),
					monthsNeeded: num('monthsNeeded')
				},
				locale
			);
		case 'monthly-amount-for-minimum-months':
			return m.savings_step_amount_for_minimum_months(
				{
					targetLoan: money('targetLoan'),
					multiplier: num('multiplier'),
					minimumMonths: num('minimumMonths'),
					exactAmount: money('exactAmount'),
					minimumMonthlyAmount: money('minimumMonthlyAmount'),
					monthlyAmount: money('monthlyAmount')
				},
				locale
			);
		default:
			// A step code added to the calculator later shows as its code until it is worded.
			return (step as { code: string }).code;
	}
}

const PARAMETER_LABELS: Record<string, ParameterLabel> = {
	'savings.minimum-monthly-amount': m.savings_param_minimum_monthly_amount,
	'savings.minimum-months': m.savings_param_minimum_months,
	'savings.loan-multiplier': m.savings_param_loan_multiplier,
	'savings.maximum-loan': m.savings_param_maximum_loan
};

/** A parameter's value in the unit it has: money, months or "2 times". */
function parameterValue(source: ParameterSource, lang: Lang): string | null {
	if (source.value === null) return null;
	switch (source.id) {
		case 'savings.minimum-months':
			return monthsText(Number(source.value), lang);
		case 'savings.loan-multiplier':
			return m.savings_param_times({ value: formatNumber(source.value, lang) }, { locale: lang });
		default:
			return formatMoney(source.value, lang);
	}
}

/** The parameters a result used, ready for the explanation. */
export function explainedSources(
	sources: readonly ParameterSource[],
	lang: Lang
): ExplainedSource[] {
	return sources.map((source) =>
		explainedSource(source, lang, PARAMETER_LABELS, (shown) => parameterValue(shown, lang))
	);
}

/** A whole-euro amount for the chart's axis: "€ 60", "60 €". Geometry only, never a result. */
export function axisMoney(amount: number, lang: Lang): string {
	return new Intl.NumberFormat(INTL_LOCALE[lang], {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0,
		minimumFractionDigits: 0
	}).format(amount);
}

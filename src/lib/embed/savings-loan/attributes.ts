import { MAXIMUM_SAVING_MONTHS } from '../../calc/savings-loan';
import { savingsOverridesSchema } from '../../calc/savings-rules';
import type { SavingsLoanInitial } from '../../widgets/savings-loan/SavingsLoanWidget.svelte';
import {
	amountAttribute,
	choiceAttribute,
	wholeNumberAttribute,
	type WidgetAttributes
} from '../attributes';

/** <aid-savings-loan mode="calculate" monthly-amount="25" months="12" target-loan="500"> */
export const savingsLoanAttributes: WidgetAttributes<SavingsLoanInitial> = {
	start: {
		mode: choiceAttribute('mode', ['calculate', 'plan']),
		monthlyAmount: amountAttribute('monthly-amount', '25'),
		months: wholeNumberAttribute('months', '12', 0, MAXIMUM_SAVING_MONTHS),
		targetLoan: amountAttribute('target-loan', '500')
	},
	params: savingsOverridesSchema
};

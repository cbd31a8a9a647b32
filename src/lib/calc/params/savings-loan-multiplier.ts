import { asParameter } from './parameter';
import { SAVINGS_GROUP, RELIED_ON_FROM } from './references';

export const savingsLoanMultiplier = asParameter({
	id: 'savings.loan-multiplier',
	description:
		'The interest-free loan is twice the sum saved (page: "voor de dubbele som van het gespaarde geld"). Effective date: when we first relied on the page.',
	unit: 'ratio',
	values: [{ from: RELIED_ON_FROM, value: '2', reference: SAVINGS_GROUP }]
});

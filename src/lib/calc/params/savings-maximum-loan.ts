import { asParameter } from './parameter';
import { SAVINGS_GROUP, RELIED_ON_FROM } from './references';

export const savingsMaximumLoan = asParameter({
	id: 'savings.maximum-loan',
	description:
		'The largest loan. The page says only "small sums" ("enkel voor kleine sommen") and gives no amount, so it is unconfirmed: no cap applies unless a partner sets one.',
	unit: 'EUR',
	values: [{ from: RELIED_ON_FROM, value: null, unconfirmed: true, reference: SAVINGS_GROUP }]
});

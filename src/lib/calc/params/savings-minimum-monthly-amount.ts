import { asParameter } from './parameter';
import { SAVINGS_GROUP, RELIED_ON_FROM } from './references';

export const savingsMinimumMonthlyAmount = asParameter({
	id: 'savings.minimum-monthly-amount',
	description:
		'The smallest monthly saving that counts: at least 2.50 € a month (page: "minimumbedrag van 2,5 €/maand"). Effective date: when we first relied on the page.',
	unit: 'EUR/month',
	values: [{ from: RELIED_ON_FROM, value: '2.50', reference: SAVINGS_GROUP }]
});

import { asParameter } from './parameter';
import { SAVINGS_GROUP, RELIED_ON_FROM } from './references';

export const savingsMinimumMonths = asParameter({
	id: 'savings.minimum-months',
	description:
		'How long a member saves before asking for a loan: at least one year (page: "gedurende minstens 1 jaar"). Effective date: when we first relied on the page.',
	unit: 'months',
	values: [{ from: RELIED_ON_FROM, value: '12', reference: SAVINGS_GROUP }]
});

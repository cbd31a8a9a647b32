import { asParameter } from './parameter';
import { OCMW_RESTAURANT, RELIED_ON_FROM } from './references';

export const mealOcmwChildAgeLimit = asParameter({
	id: 'meal.ocmw.child-age-limit',
	description:
		'OCMW social restaurant: the child tariff is for children younger than 12; from their 12th birthday a diner pays the adult price. Effective date: when we first relied on the page.',
	unit: 'years',
	values: [{ from: RELIED_ON_FROM, value: '12', reference: OCMW_RESTAURANT }]
});

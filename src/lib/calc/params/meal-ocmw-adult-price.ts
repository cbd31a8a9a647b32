import { asParameter } from './parameter';
import { OCMW_RESTAURANT, RELIED_ON_FROM } from './references';

export const mealOcmwAdultPrice = asParameter({
	id: 'meal.ocmw.adult-price',
	description:
		'OCMW social restaurant: a meal for an adult costs 1.50 € (page: "1,5 € voor een volwassene"). Effective date: when we first relied on the page.',
	unit: 'EUR/meal',
	values: [{ from: RELIED_ON_FROM, value: '1.50', reference: OCMW_RESTAURANT }]
});

import { asParameter } from './parameter';
import { OCMW_RESTAURANT, RELIED_ON_FROM } from './references';

export const mealOcmwChildPrice = asParameter({
	id: 'meal.ocmw.child-price',
	description:
		'OCMW social restaurant: a meal for a child under 12 costs 1.00 € (page: "1 € voor kinderen jonger dan 12 jaar"). Effective date: when we first relied on the page.',
	unit: 'EUR/meal',
	values: [{ from: RELIED_ON_FROM, value: '1.00', reference: OCMW_RESTAURANT }]
});

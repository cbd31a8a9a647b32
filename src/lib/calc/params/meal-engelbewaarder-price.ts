import { asParameter } from './parameter';
import { ENGELBEWAARDER, RELIED_ON_FROM } from './references';

export const mealEngelbewaarderPrice = asParameter({
	id: 'meal.engelbewaarder.price',
	description:
		'De Engelbewaarder: the page gives no price, so it is unconfirmed (ask the restaurant) unless a partner sets it.',
	unit: 'EUR/meal',
	values: [{ from: RELIED_ON_FROM, value: null, unconfirmed: true, reference: ENGELBEWAARDER }]
});

import { asParameter } from './parameter';
import { RESTOJET, RELIED_ON_FROM } from './references';

export const mealRestojetPrice = asParameter({
	id: 'meal.restojet.price',
	description:
		'Restojet: a meal (soup, main course, dessert, drink) for 3 €, open to everyone, whatever the age (page: "voor de bescheiden som van 3 €"). Effective date: when we first relied on the page.',
	unit: 'EUR/meal',
	values: [{ from: RELIED_ON_FROM, value: '3.00', reference: RESTOJET }]
});

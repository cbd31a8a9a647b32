import { MAXIMUM_DINERS, MEAL_VENUES, mealCostOverridesSchema } from '../../calc/meal-cost';
import type { MealCostInitial } from '../../widgets/meal-cost/MealCostWidget.svelte';
import {
	amountAttribute,
	choiceAttribute,
	numberAttribute,
	wholeNumberListAttribute,
	yesNoAttribute,
	type WidgetAttributes
} from '../attributes';

/** <aid-meal-cost venue="restojet" ages="34,8" receives-leefloon="no" monthly-net-income="1314,20"> */
export const mealCostAttributes: WidgetAttributes<MealCostInitial> = {
	start: {
		venue: choiceAttribute('venue', MEAL_VENUES),
		ages: wholeNumberListAttribute('ages', '34,8', 0, 120, MAXIMUM_DINERS),
		receivesLeefloon: yesNoAttribute('receives-leefloon'),
		monthlyNetIncome: amountAttribute('monthly-net-income', '1314,20'),
		leefloonCategory: choiceAttribute('leefloon-category', ['single', 'cohabiting', 'family']),
		mealsPerWeek: numberAttribute('meals-per-week', '5', 0, 7)
	},
	params: mealCostOverridesSchema
};

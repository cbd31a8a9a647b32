import { z } from 'zod/mini';
import { foodPackageInputSchema } from './food-package';
import { leefloonCategorySchema } from './leefloon';
import { mealCostInputSchema } from './meal-cost';
import { savingsLoanInputSchema } from './savings-loan';
import { savingsPlanInputSchema } from './savings-plan';

/** Every calculator's input schema, by the name of its published file in static/schemas/. */
export const INPUT_SCHEMAS = {
	'savings-loan': savingsLoanInputSchema,
	'savings-plan': savingsPlanInputSchema,
	'meal-cost': mealCostInputSchema,
	'food-package': foodPackageInputSchema,
	'leefloon-category': leefloonCategorySchema
} as const;

/**
 * The JSON Schema (draft 2020-12) of an input, as a partner in another language validates it:
 * the input side of each schema (an amount is "a number or a string", not our Decimal).
 */
export function inputJsonSchema(name: keyof typeof INPUT_SCHEMAS): Record<string, unknown> {
	return {
		...z.toJSONSchema(INPUT_SCHEMAS[name], { io: 'input' }),
		title: name
	};
}

import type { WidgetAttributes } from './attributes';
import { foodPackageAttributes } from './food-package/attributes';
import { mealCostAttributes } from './meal-cost/attributes';
import { savingsLoanAttributes } from './savings-loan/attributes';
import type { EmbeddedWidget } from './widgets';

/** Each embedded widget's attributes, for the configurator (no component is imported here). */
export const EMBED_ATTRIBUTES: Record<EmbeddedWidget, WidgetAttributes<Record<string, unknown>>> = {
	'savings-loan': savingsLoanAttributes,
	'meal-cost': mealCostAttributes,
	'food-package': foodPackageAttributes
};

import { MAXIMUM_MEMBERS, foodPackageOverridesSchema } from '../../calc/food-package';
import type { FoodPackageInitial } from '../../widgets/food-package/FoodPackageWidget.svelte';
import { wholeNumberListAttribute, type WidgetAttributes } from '../attributes';

/** <aid-food-package ages="35,33,6"> */
export const foodPackageAttributes: WidgetAttributes<FoodPackageInitial> = {
	start: {
		ages: wholeNumberListAttribute('ages', '35,33,6', 0, 120, MAXIMUM_MEMBERS)
	},
	params: foodPackageOverridesSchema
};

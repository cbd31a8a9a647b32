import FoodPackageWidget from '../../widgets/food-package/FoodPackageWidget.svelte';
import type { EmbedWidgetModule } from '../contract';
import { attributeNames, startWidget } from '../start.svelte';
import { foodPackageAttributes } from './attributes';

// {lang}/aid-food-package.js: loaded by loader.js for an <aid-food-package> element (see ../contract.ts).
export const attributes: EmbedWidgetModule['attributes'] = attributeNames(foodPackageAttributes);

export const start: EmbedWidgetModule['start'] = (host) =>
	startWidget('food-package', FoodPackageWidget, foodPackageAttributes, host);

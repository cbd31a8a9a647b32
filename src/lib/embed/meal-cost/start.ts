import MealCostWidget from '../../widgets/meal-cost/MealCostWidget.svelte';
import type { EmbedWidgetModule } from '../contract';
import { attributeNames, startWidget } from '../start.svelte';
import { mealCostAttributes } from './attributes';

// {lang}/aid-meal-cost.js: loaded by loader.js for an <aid-meal-cost> element (see ../contract.ts).
export const attributes: EmbedWidgetModule['attributes'] = attributeNames(mealCostAttributes);

export const start: EmbedWidgetModule['start'] = (host) =>
	startWidget('meal-cost', MealCostWidget, mealCostAttributes, host);

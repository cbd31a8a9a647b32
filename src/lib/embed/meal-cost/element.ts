import css from '../../widgets/styles/meal-cost.css?inline';
import MealCostWidget from '../../widgets/meal-cost/MealCostWidget.svelte';
import { defineWidget } from '../define.svelte';
import { mealCostAttributes } from './attributes';

defineWidget('meal-cost', MealCostWidget, mealCostAttributes, css);

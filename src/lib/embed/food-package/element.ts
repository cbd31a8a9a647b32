import css from '../../widgets/styles/food-package.css?inline';
import FoodPackageWidget from '../../widgets/food-package/FoodPackageWidget.svelte';
import { defineWidget } from '../define.svelte';
import { foodPackageAttributes } from './attributes';

defineWidget('food-package', FoodPackageWidget, foodPackageAttributes, css);

import MealCostWidget from '../widgets/meal-cost/MealCostWidget.svelte';
import { startIsland } from './island';

startIsland('meal-cost', MealCostWidget, __AID_LANG__);

import FoodPackageWidget from '../widgets/food-package/FoodPackageWidget.svelte';
import { startIsland } from './island';

startIsland('food-package', FoodPackageWidget, __AID_LANG__);

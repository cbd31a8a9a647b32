import { calculatorRoute } from '$lib/site/island.server';
import FoodPackageWidget from '$lib/widgets/food-package/FoodPackageWidget.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client on this page: /islands/{lang}/food-package.js hydrates the widget alone
// (src/lib/site/CalculatorPage.svelte), so the page ships a fraction of the JavaScript.
export const csr = false;

const route = calculatorRoute('food-package', FoodPackageWidget);
export const entries: EntryGenerator = route.entries;
export const load: PageServerLoad = route.load;

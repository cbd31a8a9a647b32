import { calculatorRoute } from '$lib/site/island.server';
import MealCostWidget from '$lib/widgets/meal-cost/MealCostWidget.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client on this page: /islands/{lang}/meal-cost.js hydrates the widget alone
// (src/lib/site/CalculatorPage.svelte), so the page ships a fraction of the JavaScript.
export const csr = false;

const route = calculatorRoute('meal-cost', MealCostWidget);
export const entries: EntryGenerator = route.entries;
export const load: PageServerLoad = route.load;

import { calculatorRoute } from '$lib/site/island.server';
import SavingsLoanWidget from '$lib/widgets/savings-loan/SavingsLoanWidget.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client on this page: /islands/{lang}/savings-loan.js hydrates the widget alone
// (src/lib/site/CalculatorPage.svelte), so the page ships a fraction of the JavaScript.
export const csr = false;

const route = calculatorRoute('savings-loan', SavingsLoanWidget);
export const entries: EntryGenerator = route.entries;
export const load: PageServerLoad = route.load;

import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/lang';
import { renderIsland } from '$lib/site/island.server';
import { SLUGS, slugEntries } from '$lib/site/pages';
import SavingsLoanWidget from '$lib/widgets/savings-loan/SavingsLoanWidget.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client on this page: /islands/{lang}/savings-loan.js hydrates the widget alone
// (src/lib/site/CalculatorPage.svelte), so the page ships a fraction of the JavaScript.
export const csr = false;

export const entries: EntryGenerator = () => slugEntries('savings-loan');

export const load: PageServerLoad = ({ params }) => {
	// /fr/spaargroep/ is not a page: each language has its own slug.
	if (!isLang(params.lang) || SLUGS['savings-loan'][params.lang] !== params.slug) {
		error(404, 'Not found');
	}
	return { widget: renderIsland(SavingsLoanWidget, params.lang) };
};

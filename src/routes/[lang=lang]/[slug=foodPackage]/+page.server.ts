import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/lang';
import { renderIsland } from '$lib/site/island.server';
import { SLUGS, slugEntries } from '$lib/site/pages';
import FoodPackageWidget from '$lib/widgets/food-package/FoodPackageWidget.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client on this page: /islands/{lang}/food-package.js hydrates the widget alone
// (src/lib/site/CalculatorPage.svelte), so the page ships a fraction of the JavaScript.
export const csr = false;

export const entries: EntryGenerator = () => slugEntries('food-package');

export const load: PageServerLoad = ({ params }) => {
	// /fr/spaargroep/ is not a page: each language has its own slug.
	if (!isLang(params.lang) || SLUGS['food-package'][params.lang] !== params.slug) {
		error(404, 'Not found');
	}
	return { widget: renderIsland(FoodPackageWidget, params.lang) };
};

import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/lang';
import { renderIsland } from '$lib/site/island.server';
import { SLUGS, slugEntries } from '$lib/site/pages';
import FinderPage from '$lib/widgets/finder/FinderPage.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client on this page, like the calculator pages: /islands/{lang}/finder.js hydrates
// the finder alone, with the directory in this page's language only.
export const csr = false;

export const entries: EntryGenerator = () => slugEntries('finder');

export const load: PageServerLoad = ({ params }) => {
	// /fr/hulp-zoeken/ is not a page: each language has its own slug.
	if (!isLang(params.lang) || SLUGS.finder[params.lang] !== params.slug) {
		error(404, 'Not found');
	}
	return { widget: renderIsland(FinderPage, params.lang) };
};

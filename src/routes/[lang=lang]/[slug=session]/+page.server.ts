import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/lang';
import { renderIsland } from '$lib/site/island.server';
import { SLUGS, slugEntries } from '$lib/site/pages';
import SessionPage from '$lib/widgets/session/SessionPage.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client on this page, as on the calculator pages: /islands/{lang}/session.js
// hydrates the session widget alone, in one language (src/lib/islands/session.ts).
export const csr = false;

export const entries: EntryGenerator = () => slugEntries('session');

export const load: PageServerLoad = ({ params }) => {
	// /fr/budgetgesprek/ is not a page: each language has its own slug.
	if (!isLang(params.lang) || SLUGS.session[params.lang] !== params.slug) {
		error(404, 'Not found');
	}
	return { widget: renderIsland(SessionPage, params.lang) };
};

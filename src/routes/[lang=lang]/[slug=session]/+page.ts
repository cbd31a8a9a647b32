import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/lang';
import { SLUGS, slugEntries } from '$lib/site/pages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => slugEntries('session');

export const load: PageLoad = ({ params }) => {
	// /fr/budgetgesprek/ is not a page: each language has its own slug.
	if (!isLang(params.lang) || SLUGS.session[params.lang] !== params.slug) {
		error(404, 'Not found');
	}
	return {};
};

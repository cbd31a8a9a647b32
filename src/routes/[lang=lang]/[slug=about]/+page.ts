import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/lang';
import { SLUGS, slugEntries } from '$lib/site/pages';
import type { EntryGenerator, PageLoad } from './$types';

// Plain reading: the page needs no script of its own.
export const csr = false;

export const entries: EntryGenerator = () => slugEntries('about');

export const load: PageLoad = ({ params }) => {
	// /fr/over/ is not a page: each language has its own slug.
	if (!isLang(params.lang) || SLUGS.about[params.lang] !== params.slug) error(404, 'Not found');
	return {};
};

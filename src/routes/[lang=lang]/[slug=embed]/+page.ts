import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/lang';
import { SLUGS, slugEntries } from '$lib/site/pages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => slugEntries('embed');

export const load: PageLoad = ({ params }) => {
	if (!isLang(params.lang) || SLUGS.embed[params.lang] !== params.slug) error(404, 'Not found');
	return {};
};

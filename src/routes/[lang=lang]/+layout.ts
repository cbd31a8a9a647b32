import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/lang';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Unknown language');
	return { lang: params.lang };
};

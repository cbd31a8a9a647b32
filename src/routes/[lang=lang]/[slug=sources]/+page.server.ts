import { error } from '@sveltejs/kit';
import { BOOK as NL } from 'virtual:aid/rule-book/nl';
import { BOOK as FR } from 'virtual:aid/rule-book/fr';
import { BOOK as EN } from 'virtual:aid/rule-book/en';
import { isLang } from '$lib/i18n/lang';
import { SLUGS, slugEntries } from '$lib/site/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

// A page of text, generated from the rule book at build time: no script at all.
export const csr = false;

export const entries: EntryGenerator = () => slugEntries('sources');

/** The rule book in the page's language (scripts/rule-book.ts compiles one module per language). */
const BOOKS = { nl: NL, fr: FR, en: EN };

export const load: PageServerLoad = ({ params }) => {
	if (!isLang(params.lang) || SLUGS.sources[params.lang] !== params.slug) error(404, 'Not found');
	return { book: BOOKS[params.lang] };
};

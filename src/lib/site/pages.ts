import { LANGS, type Lang } from '../i18n/lang';

/**
 * Every page of the site, with its readable path in each language.
 * A page is listed here only once it works: the home page, the language switch,
 * the prerender entries and the browser tests all read this list.
 */
export type PageId = 'home';

export interface PageEntry {
	id: PageId;
	/** Path segment after /<lang>/, per language; '' for the home page. */
	slug: Record<Lang, string>;
	/** Shown in the home page's list of tools. */
	kind: 'home' | 'calculator' | 'finder' | 'session' | 'embed';
}

export const PAGES: readonly PageEntry[] = [
	{ id: 'home', kind: 'home', slug: { nl: '', fr: '', en: '' } }
];

export function pageById(id: PageId): PageEntry {
	const page = PAGES.find((p) => p.id === id);
	if (!page) throw new Error(`Unknown page ${id}`);
	return page;
}

/** The site path of a page in a language, always with a trailing slash: /nl/ or /fr/repas/. */
export function pathFor(id: PageId, lang: Lang): string {
	const slug = pageById(id).slug[lang];
	return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}

/** Which page and language a path shows, or null for paths outside the localised site. */
export function pageAt(pathname: string): { page: PageEntry; lang: Lang } | null {
	const [langSegment = '', slug = ''] = pathname.split('/').filter(Boolean);
	const lang = LANGS.find((l) => l === langSegment);
	if (!lang) return null;
	const page = PAGES.find((p) => p.slug[lang] === slug);
	return page ? { page, lang } : null;
}

/** The prerender entries for a page's [slug] route: one per language. */
export function slugEntries(id: PageId): { lang: Lang; slug: string }[] {
	return LANGS.map((lang) => ({ lang, slug: pageById(id).slug[lang] }));
}

import { LANGS, type Lang } from '../i18n/lang';
import { CALCULATOR_IDS } from './calculators';

export { CALCULATOR_IDS, type CalculatorId } from './calculators';

/** Every page of the site and its readable path segment in each language ('' for the home page). */
export const SLUGS = {
	home: { nl: '', fr: '', en: '' },
	'savings-loan': { nl: 'spaargroep', fr: 'groupe-epargne', en: 'savings-group' },
	'meal-cost': { nl: 'maaltijden', fr: 'repas', en: 'meals' },
	'food-package': { nl: 'voedselpakket', fr: 'colis-alimentaire', en: 'food-package' },
	finder: { nl: 'hulp-zoeken', fr: 'trouver-aide', en: 'find-help' },
	session: { nl: 'budgetgesprek', fr: 'entretien-budget', en: 'budget-session' },
	embed: { nl: 'insluiten', fr: 'integrer', en: 'embed' },
	about: { nl: 'over', fr: 'a-propos', en: 'about' }
} as const satisfies Record<string, Record<Lang, string>>;

export type PageId = keyof typeof SLUGS;

export interface PageEntry {
	id: PageId;
	kind: 'home' | 'calculator' | 'finder' | 'session' | 'embed' | 'about';
	slug: Record<Lang, string>;
}

/**
 * The pages that work, in the order the home page lists them. A page is added here only once it
 * works: the home page's list, the size budgets, Lighthouse and the browser tests all read this list.
 */
export const PAGES: readonly PageEntry[] = [
	{ id: 'home', kind: 'home', slug: SLUGS.home },
	...CALCULATOR_IDS.map((id) => ({ id, kind: 'calculator' as const, slug: SLUGS[id] })),
	{ id: 'finder', kind: 'finder', slug: SLUGS.finder },
	{ id: 'session', kind: 'session', slug: SLUGS.session },
	{ id: 'embed', kind: 'embed', slug: SLUGS.embed },
	{ id: 'about', kind: 'about', slug: SLUGS.about }
];

/**
 * EMBEDDING.md as a page of the site. It is for partners' web developers and is written in English
 * only, so it is not in PAGES (which every language has): it lives at /en/embedding/, linked from
 * the configurator in every language.
 */
export const EMBEDDING_GUIDE_SLUG = 'embedding';
export const EMBEDDING_GUIDE_PATH = `/en/${EMBEDDING_GUIDE_SLUG}/`;

/** The site path of a page in a language, always with a trailing slash: /nl/ or /fr/repas/. */
export function pathFor(id: PageId, lang: Lang): string {
	const slug = SLUGS[id][lang];
	return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}

/** Which listed page and language a path shows, or null for paths outside the localised site. */
export function pageAt(pathname: string): { page: PageEntry; lang: Lang } | null {
	const [langSegment = '', slug = ''] = pathname.split('/').filter(Boolean);
	const lang = LANGS.find((l) => l === langSegment);
	if (!lang) return null;
	const page = PAGES.find((p) => p.slug[lang] === slug);
	return page ? { page, lang } : null;
}

/** Whether a path segment is the slug of a page in some language (for the routes' param matchers). */
export function isSlugOf(id: PageId, segment: string): boolean {
	return Object.values(SLUGS[id]).includes(segment as never) && segment !== '';
}

/** The prerender entries of a page's route: one per language. */
export function slugEntries(id: PageId): { lang: Lang; slug: string }[] {
	return LANGS.map((lang) => ({ lang, slug: SLUGS[id][lang] }));
}

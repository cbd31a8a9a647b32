import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang';

/*
 * Which language an embedded widget speaks. The loader decides it before it downloads anything,
 * because each language is its own set of files (build/embed/{nl,fr,en}/): the element's own `lang`
 * attribute when it is one of ours, else the language of the page around it (the closest ancestor
 * with a `lang` attribute, then `<html lang>`), else French. This module imports no zod: it is part of
 * loader.js, which must stay under 3 KB.
 */

/** The primary subtag of a language tag, if it is one of ours: "nl-BE" → "nl", "de" → undefined. */
export function langOf(tag: string | null | undefined): Lang | undefined {
	const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
	return isLang(primary) ? primary : undefined;
}

/** The first of the candidate tags, most specific first, that is one of our languages; else French. */
export function resolveLang(candidates: readonly (string | null | undefined)[]): Lang {
	for (const tag of candidates) {
		const lang = langOf(tag);
		if (lang) return lang;
	}
	return DEFAULT_LANG;
}

/** The language of the page around an element: its closest ancestor's `lang`, then `<html lang>`. */
export function pageLangOf(element: Element): Lang {
	return resolveLang([
		element.parentElement?.closest('[lang]')?.getAttribute('lang'),
		element.ownerDocument.documentElement.getAttribute('lang')
	]);
}

/** The language an embedded element speaks: its own `lang` if it is one of ours, else the page's. */
export function elementLang(element: Element): { lang: Lang; pageLang: Lang } {
	const pageLang = pageLangOf(element);
	return { lang: resolveLang([element.getAttribute('lang'), pageLang]), pageLang };
}

import { preferredLang, type Lang } from '../i18n/lang';

/*
 * Which language an embedded widget speaks. The loader decides it before it downloads anything,
 * because each language is its own set of files (build/embed/{nl,fr,en}/): the element's own `lang`
 * attribute when it is one of ours, else the language of the page around it (the closest ancestor
 * with a `lang` attribute, then `<html lang>`), else French (preferredLang). No zod here: it is part of
 * loader.js, which must stay under 3 KB.
 */

/** The language of the page around an element: its closest ancestor's `lang`, then `<html lang>`. */
export function pageLangOf(element: Element): Lang {
	return preferredLang([
		element.parentElement?.closest('[lang]')?.getAttribute('lang'),
		element.ownerDocument.documentElement.getAttribute('lang')
	]);
}

/** The language an embedded element speaks: its own `lang` if it is one of ours, else the page's. */
export function elementLang(element: Element): { lang: Lang; pageLang: Lang } {
	const pageLang = pageLangOf(element);
	return { lang: preferredLang([element.getAttribute('lang'), pageLang]), pageLang };
}

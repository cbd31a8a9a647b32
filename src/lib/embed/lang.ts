import { preferredLang, type Lang } from '../i18n/lang';

/*
 * Which language an embedded widget speaks. The loader decides it before it downloads anything,
 * because each language is its own set of files (build/embed/{nl,fr,en}/): the element's own `lang`
 * attribute when it is one of ours, else the language of the page around it (the closest ancestor
 * with a `lang` attribute, across the shadow roots it may sit in, then `<html lang>`), else French
 * (preferredLang). No zod here: it is part of loader.js, which must stay under 3 KB.
 */

/** The element around `element`: its parent, or the host of the shadow root it is the top of. */
function around(element: Element): Element | null {
	if (element.parentElement) return element.parentElement;
	const root = element.parentNode;
	return root instanceof ShadowRoot ? root.host : null;
}

/** The language of the page around an element: its closest ancestor's `lang`, then `<html lang>`. */
export function pageLangOf(element: Element): Lang {
	for (let node = around(element); node; node = around(node)) {
		const lang = node.getAttribute('lang');
		if (lang !== null) return preferredLang([lang, node.ownerDocument.documentElement.lang]);
	}
	return preferredLang([element.ownerDocument.documentElement.getAttribute('lang')]);
}

/** The language an embedded element speaks: its own `lang` if it is one of ours, else the page's. */
export function elementLang(element: Element): { lang: Lang; pageLang: Lang } {
	const pageLang = pageLangOf(element);
	return { lang: preferredLang([element.getAttribute('lang'), pageLang]), pageLang };
}

/** The product's languages. Routes live under /nl/, /fr/ and /en/; widgets take one as a prop. */
export const LANGS = ['nl', 'fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** French is the fallback when a visitor's browser prefers none of our languages. */
export const DEFAULT_LANG: Lang = 'fr';

/**
 * The locale used by Intl for amounts and dates in each language. English is plain 'en': Intl's
 * 'en-BE' writes a decimal comma ("8,67"), which English text must not ("8.67", "€8.67").
 */
export const INTL_LOCALE: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en' };

/** Each language's name, written in that language, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The primary subtag of a language tag, if it is one of ours: "nl-BE" → "nl", "de" → undefined. */
export function langOf(tag: string | null | undefined): Lang | undefined {
	const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
	return isLang(primary) ? primary : undefined;
}

/**
 * The first of the candidate language tags, most preferred first, that we speak (a visitor's
 * navigator.languages, or an element's own `lang` then its page's), matching on the primary subtag
 * so "nl-NL" and "fr-CA" count; French otherwise. Absent candidates are skipped.
 */
export function preferredLang(preferences: readonly (string | null | undefined)[]): Lang {
	for (const tag of preferences) {
		const lang = langOf(tag);
		if (lang) return lang;
	}
	return DEFAULT_LANG;
}

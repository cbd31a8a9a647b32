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

/**
 * The first of the visitor's preferred languages (navigator.languages order) that we speak,
 * matching on the primary subtag so "nl-NL" and "fr-CA" count; French otherwise.
 */
export function preferredLang(preferences: readonly string[]): Lang {
	for (const tag of preferences) {
		const primary = tag.trim().toLowerCase().split('-')[0];
		if (isLang(primary)) return primary;
	}
	return DEFAULT_LANG;
}

// The modules scripts/rule-book.ts compiles from the data files at build time (see there).
declare module 'virtual:aid/rule-book' {
	import type { Parameter } from './parameter';
	import type { MealVenueRules } from './rule-book';
	export const PARAMETERS: Record<string, Parameter>;
	export const VENUES: MealVenueRules[];
	export const RULES_VERSION: string;
}

declare module 'virtual:aid/rule-book-words' {
	import type { RuleBookWords } from './rule-book';
	/** One language in the one-language builds, all three elsewhere. */
	export const WORDS: Partial<Record<'nl' | 'fr' | 'en', RuleBookWords>>;
}

/** The whole rule book in one language, quotes included: what the Sources page lists. */
declare module 'virtual:aid/rule-book/nl' {
	export const BOOK: import('./rule-book').BookInOneLanguage;
}
declare module 'virtual:aid/rule-book/fr' {
	export const BOOK: import('./rule-book').BookInOneLanguage;
}
declare module 'virtual:aid/rule-book/en' {
	export const BOOK: import('./rule-book').BookInOneLanguage;
}

import { WORDS } from 'virtual:aid/rule-book-words';
import type { RuleBookWords } from '../../calc/params/rule-book';
import type { Lang } from '../../i18n/lang';

/*
 * The rule book's words (page titles, venue names) in the widget's language. The one-language
 * builds (islands, embed) carry their own language only; the site's pages all three.
 */
export function ruleWords(lang: Lang): RuleBookWords {
	return WORDS[lang] ?? Object.values(WORDS)[0]!;
}

/** A cited page's title in the language: "Gemeente Jette, pagina ‘Sociale steun’". */
export function pageTitle(page: string, lang: Lang): string {
	return ruleWords(lang).references[page] ?? page;
}

/** A venue's name and short name in the language (its id when the data has none). */
export function venueWords(id: string, lang: Lang): { name: string; shortName: string } {
	return ruleWords(lang).venues[id] ?? { name: id, shortName: id };
}

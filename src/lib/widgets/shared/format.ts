import { INTL_LOCALE, type Lang } from '../../i18n/lang';

const moneyFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * An amount the calculators returned (a decimal string such as "1314.20") in the user's language:
 * "€ 1.314,20" (nl-BE), "1 314,20 €" (fr-BE), "€1,314.20" (en). Intl formats the decimal string
 * exactly; it never goes through a float.
 */
export function formatMoney(amount: string, lang: Lang): string {
	let format = moneyFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'currency', currency: 'EUR' });
		moneyFormats.set(lang, format);
	}
	// Intl.NumberFormat accepts decimal strings (ES2023); the cast keeps older type libs quiet.
	return format.format(amount as unknown as number);
}

/** A plain number in the user's language: "2,1" in Dutch and French, "2.1" in English. */
export function formatNumber(value: string | number, lang: Lang, fractionDigits?: number): string {
	return new Intl.NumberFormat(INTL_LOCALE[lang], {
		minimumFractionDigits: fractionDigits,
		maximumFractionDigits: fractionDigits ?? 2
	}).format(value as number);
}

/** A calendar date ('YYYY-MM-DD') in the user's language: "1 februari 2025", "1 février 2025". */
export function formatDate(isoDate: string, lang: Lang): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	if (!year || !month || !day) return isoDate;
	return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * A colon as each language writes it after a label: French puts a no-break space before it
 * ("Adresse : …"), so it never starts a line; Dutch and English put none ("Adres: …").
 */
export function colon(lang: Lang): string {
	return lang === 'fr' ? '\u00a0:' : ':';
}

/** A semicolon as each language writes it: French puts a narrow no-break space before it. */
export function semicolon(lang: Lang): string {
	return lang === 'fr' ? '\u202f;' : ';';
}

/** The plural category of a count in the user's language, for words like "1 month" / "2 months". */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
	return new Intl.PluralRules(INTL_LOCALE[lang]).select(count);
}

/** A message with a count in it, as Paraglide compiles it. */
type CountMessage<Inputs> = (
	inputs: Inputs & { count: string },
	options: { locale: Lang }
) => string;

/**
 * A count with its words, singular or plural as the language wants: "1 month", "2 months". The
 * count is formatted for the language; `inputs` fills the message's other placeholders.
 */
export function counted<Inputs extends object>(
	count: number,
	lang: Lang,
	one: CountMessage<Inputs>,
	other: CountMessage<Inputs>,
	inputs = {} as Inputs
): string {
	const message = pluralCategory(count, lang) === 'one' ? one : other;
	return message({ ...inputs, count: formatNumber(count, lang) }, { locale: lang });
}

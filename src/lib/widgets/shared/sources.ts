import type { ParameterSource, Reference } from '../../calc/params/parameter';
import { RULES_VERSION } from '../../calc/params/rule-book';
import type { Lang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import type { ExplainedSource } from './Explanation.svelte';
import { formatDate, semicolon } from './format';
import { pageTitle } from './rule-words';

/** A parameter's name, as a message: "Minimum monthly amount". */
export type ParameterLabel = (inputs: Record<string, never>, options: { locale: Lang }) => string;

/** Where a figure comes from, in words: the page's title in the language, or the partner. */
export function sourceName(reference: Reference, lang: Lang): string {
	const locale = { locale: lang };
	if (reference.kind === 'partner') {
		// Whoever shows the widget (a partner's page, or a link to our /embed/ page with `params`)
		// can set these values: we say who set them only when an organisation named itself.
		return reference.organisation
			? m.rules_partner_named({ organisation: reference.organisation }, locale)
			: m.hosted_source_site({}, locale);
	}
	return pageTitle(reference.page, lang);
}

/** The page and, when it has one, its section (as the page titles it) or the figure's label. */
export function referenceText(reference: Reference, lang: Lang): string {
	const page = sourceName(reference, lang);
	const locale = { locale: lang };
	if (reference.section) return m.rules_section({ page, section: reference.section }, locale);
	if (reference.label) return m.rules_label({ page, label: reference.label }, locale);
	return page;
}

/** "in force from 1 February 2025", or "as published" for a value the source gives no date. */
export function inForce(source: Pick<ParameterSource, 'from' | 'status'>, lang: Lang): string {
	const locale = { locale: lang };
	if (source.from === null) return m.rules_as_published({}, locale);
	return m.rules_in_force_from({ date: formatDate(source.from, lang) }, locale);
}

/** "Calculated with the rules of 1 February 2025 (the newest date in our data)." */
export function rulesVersionText(lang: Lang): string {
	return m.rules_version({ date: formatDate(RULES_VERSION, lang) }, { locale: lang });
}

/**
 * What kind of fact a value is, when it is neither quoted from a source page nor unknown (an unknown
 * value already reads "not known: ask the service").
 */
function statusText(source: ParameterSource, lang: Lang): string | undefined {
	const locale = { locale: lang };
	if (source.status === 'method') return m.rules_status_method({}, locale);
	if (source.status === 'published') return m.rules_status_published({}, locale);
	return undefined;
}

/**
 * One parameter of a result, ready for the explanation: its name (its id when it has no words yet),
 * its value in the widget's own unit (`format` words a source's value, null for "ask the service"),
 * when it applies, where it comes from and when it was checked. A value the showing site set
 * carries the published value beside it, worded the same way.
 */
export function explainedSource(
	source: ParameterSource,
	lang: Lang,
	labels: Record<string, ParameterLabel>,
	format: (source: ParameterSource) => string | null,
	reference = referenceText(source.reference, lang)
): ExplainedSource {
	return {
		label: labels[source.id]?.({}, { locale: lang }) ?? source.id,
		value: format(source),
		from: source.status === 'partner' ? null : inForce(source, lang),
		reference: m.rules_from_page(
			{ page: source.published === undefined ? reference : withPublished(source, lang, format) },
			{ locale: lang }
		),
		checked:
			source.checked === null
				? null
				: m.rules_checked_on({ date: formatDate(source.checked, lang) }, { locale: lang }),
		status: statusText(source, lang),
		url: source.reference.url
	};
}

/** "Set by the site that shows this calculator; published value: € 2,50". */
function withPublished(
	source: ParameterSource,
	lang: Lang,
	format: (source: ParameterSource) => string | null
): string {
	const locale = { locale: lang };
	const published = source.published ?? null;
	const value = published === null ? null : format({ ...source, value: published });
	return (
		referenceText(source.reference, lang) +
		semicolon(lang) +
		' ' +
		(value === null
			? m.hosted_source_unpublished({}, locale)
			: m.hosted_source_published({ value }, locale))
	);
}

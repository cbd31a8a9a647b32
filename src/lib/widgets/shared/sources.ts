import type { ParameterSource, Reference } from '../../calc/params/parameter';
import type { Lang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import type { ExplainedSource } from './Explanation.svelte';
import { formatDate, semicolon } from './format';

/** A parameter's name, as a message: "Minimum monthly amount". */
export type ParameterLabel = (inputs: Record<string, never>, options: { locale: Lang }) => string;

/** Where a figure comes from, in words: the source page, our own choice, the partner, or its title. */
export function sourceName(reference: Reference, lang: Lang): string {
	const locale = { locale: lang };
	switch (reference.source) {
		case 'jette-sociale-steun':
			return m.w_source_jette({}, locale);
		case 'stad-brussel-sociale-actie':
			return m.w_source_brussels({}, locale);
		case 'partner':
			// Whoever shows the widget (a partner's page, or a link to our /embed/ page with `params`)
			// can set these values: we say who set them, not who we hope it was.
			return m.hosted_source_site({}, locale);
		case 'ours':
			return m.w_source_ours({}, locale);
		default:
			return reference.title;
	}
}

/** The source and, when it has one, the section of its page (cited as the page titles it). */
export function referenceText(reference: Reference, lang: Lang): string {
	const source = sourceName(reference, lang);
	return reference.section
		? m.w_source_section({ source, section: reference.section }, { locale: lang })
		: source;
}

/**
 * One parameter of a result, ready for the explanation: its name (its id when it has no words yet),
 * its value in the widget's own unit (`format` words a source's value, null for "ask the service"),
 * the date it applies from and where it comes from. A value the showing site set carries the
 * published value beside it, worded the same way.
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
		from: formatDate(source.from, lang),
		reference: source.published === undefined ? reference : withPublished(source, lang, format),
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

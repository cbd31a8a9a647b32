import { CalcInputError, type CalcIssue } from '../../calc/errors';
import type { Lang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import { formatDate, formatNumber } from './format';

/** A field's key in an issue map: its path joined by dots, e.g. "diners.2.age". */
export function fieldKey(path: readonly (string | number)[]): string {
	return path.join('.');
}

export interface Computed<T> {
	result: T | null;
	/** Issues by field key; the empty key '' holds issues that belong to no single field. */
	issues: Map<string, CalcIssue>;
}

/**
 * Runs a calculator and never throws: invalid input comes back as issues by field, so the widget
 * shows each message beside its field and keeps what the user typed.
 */
export function compute<T>(calculate: () => T): Computed<T> {
	try {
		return { result: calculate(), issues: new Map() };
	} catch (error) {
		const issues = new Map<string, CalcIssue>();
		if (error instanceof CalcInputError) {
			for (const issue of error.issues) {
				const key = fieldKey(issue.path);
				if (!issues.has(key)) issues.set(key, issue);
			}
		} else {
			// A bug, not bad input: the widget says something went wrong and keeps what was typed,
			// and the error goes to the console for whoever investigates, not into silence.
			console.error('[aid] unexpected error in a calculation', error);
			issues.set('', { path: [], code: 'invalid', values: { unexpected: 1 } });
		}
		return { result: null, issues };
	}
}

/**
 * What the result panel says while there is no result: the issue that no field shows (a date before
 * our first amounts, a partner's parameter), else that some field needs correcting.
 */
export function problemText(issue: CalcIssue | undefined, lang: Lang): string {
	return issue ? issueText(issue, lang) : m.w_fix_fields({}, { locale: lang });
}

/** The words for a calculator issue code, in the user's language. */
export function issueText(
	issue: CalcIssue,
	lang: Lang,
	formatLimit?: (v: string | number) => string
): string {
	const locale = { locale: lang };
	const limit = (name: string) => {
		const value = issue.values?.[name];
		return value === undefined ? undefined : formatLimit ? formatLimit(value) : String(value);
	};
	switch (issue.code) {
		case 'required':
			return m.w_error_required({}, locale);
		case 'not-a-number':
			// An example that fits the field: an amount ("2,50") or a count ("3"), never the other.
			return issue.values?.['kind'] === 'count'
				? m.input_count_format({ example: '3' }, locale)
				: m.input_amount_format({ example: formatNumber('2.50', lang, 2) }, locale);
		case 'ambiguous': {
			// Both readings, as the field shows them; the example is the thousands one, unseparated.
			const first = limit('first') ?? '';
			const second = limit('second') ?? '';
			return m.input_ambiguous(
				{ first, second, example: String(issue.values?.['second'] ?? '') },
				locale
			);
		}
		case 'too-many-decimals':
			return m.input_too_many_decimals(
				{
					decimals: String(issue.values?.['decimals'] ?? 2),
					example: formatNumber('2.50', lang, 2)
				},
				locale
			);
		case 'too-long':
			return m.input_too_long({ maximum: String(issue.values?.['maximum'] ?? '') }, locale);
		case 'not-an-integer':
			return m.w_error_not_an_integer({}, locale);
		case 'too-small': {
			const minimum = limit('minimum');
			return minimum === undefined
				? m.w_error_too_small_plain({}, locale)
				: m.w_error_too_small({ minimum }, locale);
		}
		case 'too-large': {
			const maximum = limit('maximum');
			return maximum === undefined
				? m.w_error_too_large_plain({}, locale)
				: m.w_error_too_large({ maximum }, locale);
		}
		case 'invalid-date':
			return m.w_error_invalid_date({}, locale);
		case 'unknown-value':
		case 'unknown-key':
			return m.w_error_unknown_value({}, locale);
		case 'no-parameter-for-date': {
			// valueOn (calc/params/parameter.ts) names the first date that has a value `earliest`.
			const first = issue.values?.['earliest'];
			return typeof first === 'string'
				? m.w_error_no_parameter_for_date({ date: formatDate(first, lang) }, locale)
				: m.w_error_no_parameter_plain({}, locale);
		}
		default:
			return issue.values?.['unexpected']
				? m.w_error_unexpected({}, locale)
				: m.w_error_invalid({}, locale);
	}
}

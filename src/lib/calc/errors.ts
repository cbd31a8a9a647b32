/**
 * The one error every calculator throws for input it cannot use.
 * Widgets turn each issue's stable `code` into words in the user's language;
 * the calculator itself never words anything.
 */

/**
 * Every issue code, defined here once: the calculators, the input reader and the widgets' words
 * (widgets/shared/issues.ts, which has a case for each) all take them from this list.
 * - `not-a-number`: values.kind 'amount' | 'count', for an example that fits the field
 * - `ambiguous`: a number that reads two ways in the field's language (values.first, the decimal
 *   reading, and values.second, the thousands reading, as plain decimal strings)
 * - `too-many-decimals`: values.decimals, at most two for money
 * - `too-long`: values.maximum characters
 */
export const CALC_ISSUE_CODES = [
	'required',
	'not-a-number',
	'not-an-integer',
	'ambiguous',
	'too-many-decimals',
	'too-long',
	'too-small',
	'too-large',
	'invalid-date',
	'unknown-value',
	'unknown-key',
	'invalid',
	'no-parameter-for-date'
] as const;
export type CalcIssueCode = (typeof CALC_ISSUE_CODES)[number];

export interface CalcIssue {
	/** Where the offending value sits in the input, e.g. ['diners', 2, 'age']. */
	path: (string | number)[];
	code: CalcIssueCode;
	/** Limits or context for the message, e.g. { minimum: '2.50' }. */
	values?: Record<string, string | number>;
}

export class CalcInputError extends Error {
	override readonly name = 'CalcInputError';
	readonly issues: CalcIssue[];

	constructor(issues: CalcIssue[]) {
		super(
			`Invalid calculator input: ${issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.code}`).join('; ')}`
		);
		this.issues = issues;
	}
}

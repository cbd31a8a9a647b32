/**
 * The one error every calculator throws for input it cannot use.
 * Widgets turn each issue's stable `code` into words in the user's language;
 * the calculator itself never words anything.
 */
export type CalcIssueCode =
	| 'required'
	| 'not-a-number'
	| 'not-an-integer'
	| 'too-small'
	| 'too-large'
	| 'invalid-date'
	| 'unknown-value'
	| 'unknown-key'
	| 'invalid'
	| 'no-parameter-for-date';

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

export function isCalcInputError(error: unknown): error is CalcInputError {
	return error instanceof CalcInputError;
}

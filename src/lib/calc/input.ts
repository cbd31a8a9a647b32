import { z } from 'zod/mini';
import { ageOn, isoDateSchema, type IsoDate } from './dates';
import { CalcInputError, type CalcIssue, type CalcIssueCode } from './errors';
import {
	above,
	decimal,
	decimalPlaces,
	isDecimal,
	isNegative,
	isZero,
	money,
	type Decimal
} from './money';

export { money };

/**
 * What every calculator accepts from a form or an HTML attribute, and how a refusal is reported.
 *
 * Amounts: a number, or a string with one decimal comma or point ("2,50", "2.50", " 2.50 ").
 * Refused: exponents ("1e3"), thousands separators ("1.314,20", "2,5,0"), signs other than a
 * leading minus (which then fails as `too-small`), more than two decimals (amounts are in euros
 * and cents: `invalid` with `{ decimals: 2 }`), NaN and Infinity (`not-a-number`), negatives
 * (`too-small`) and anything above 1,000,000 € (`too-large`).
 */
export const MAXIMUM_AMOUNT = 1_000_000;
export const AMOUNT_DECIMALS = 2;

/** Digits, at most one decimal comma or point, surrounding spaces allowed. */
export const AMOUNT_PATTERN = /^\s*-?\d+(?:[.,]\d+)?\s*$/;

type IssueShape = { code: CalcIssueCode; values?: Record<string, string | number> };

function amountOrIssue(value: number | string): Decimal | IssueShape {
	if (typeof value === 'string') {
		if (value.trim() === '') return { code: 'required' };
		if (!AMOUNT_PATTERN.test(value)) return { code: 'not-a-number' };
	} else if (!Number.isFinite(value)) {
		return { code: 'not-a-number' };
	}
	let amount = decimal(typeof value === 'string' ? value.trim().replace(',', '.') : value);
	// -0 is zero, not a negative amount.
	if (isZero(amount)) amount = decimal(0);
	if (isNegative(amount)) return { code: 'too-small', values: { minimum: 0 } };
	if (above(amount, MAXIMUM_AMOUNT)) {
		return { code: 'too-large', values: { maximum: MAXIMUM_AMOUNT } };
	}
	if (decimalPlaces(amount) > AMOUNT_DECIMALS) {
		return { code: 'invalid', values: { decimals: AMOUNT_DECIMALS } };
	}
	return amount;
}

/**
 * Parses one amount and returns it as a Decimal, or throws `CalcInputError` with the issue at
 * `path`. Anything but a number or a string is `not-a-number` (undefined and "" are `required`).
 */
export function parseAmount(value: unknown, path: CalcIssue['path'] = []): Decimal {
	if (value === undefined || value === null) {
		throw new CalcInputError([{ path, code: 'required' }]);
	}
	if (typeof value !== 'number' && typeof value !== 'string') {
		throw new CalcInputError([{ path, code: 'not-a-number' }]);
	}
	const parsed = amountOrIssue(value);
	if (isDecimal(parsed)) return parsed;
	throw new CalcInputError([{ path, ...parsed }]);
}

/** A number's own type error is ours only when the input is a number (NaN, Infinity, 2.5). */
function numberError(issue: { input?: unknown }): string | undefined {
	return typeof issue.input === 'number' ? 'not-a-number' : undefined;
}
function integerError(issue: { input?: unknown }): string | undefined {
	if (typeof issue.input !== 'number') return undefined;
	return Number.isFinite(issue.input) ? 'not-an-integer' : 'not-a-number';
}

/**
 * The zod schema of an amount: validates as above and outputs a Decimal. Its JSON Schema says
 * "a number from 0 to 1,000,000, or a string matching AMOUNT_PATTERN".
 */
export const amountSchema = z.pipe(
	z.union([
		z.number({ error: numberError }).check(z.gte(0), z.lte(MAXIMUM_AMOUNT)),
		z.string().check(z.regex(AMOUNT_PATTERN, { error: 'not-a-number' }))
	]),
	z.transform((value, ctx) => {
		const parsed = amountOrIssue(value);
		if (isDecimal(parsed)) return parsed;
		ctx.issues.push({
			code: 'custom',
			message: parsed.code,
			input: value,
			...(parsed.values ? { params: parsed.values } : {})
		});
		return z.NEVER;
	})
);

/** An amount above zero (a target loan, a partner's multiplier or minimum): 0 is `too-small`. */
export const positiveAmountSchema = amountSchema.check(
	z.refine((amount: Decimal) => !isZero(amount), {
		error: 'too-small',
		params: { minimum: 0.01 }
	})
);

/** Digits only (surrounding spaces allowed): the string form of a count or an age. */
export const COUNT_PATTERN = /^\s*-?\d+(?:[.,]\d+)?\s*$/;

/**
 * A whole number from `minimum` to `maximum`, as a number or a string of digits (an attribute).
 * "2.5" is `not-an-integer`, "abc" `not-a-number`.
 */
export function countSchema(minimum: number, maximum: number) {
	return z.pipe(
		z.union([
			z.int({ error: integerError }).check(z.gte(minimum), z.lte(maximum)),
			z.string().check(z.regex(COUNT_PATTERN, { error: 'not-a-number' }))
		]),
		z.transform((value, ctx) => {
			const count = typeof value === 'number' ? value : Number(value.trim().replace(',', '.'));
			let issue: IssueShape | undefined;
			if (!Number.isInteger(count)) issue = { code: 'not-an-integer' };
			else if (count < minimum) issue = { code: 'too-small', values: { minimum } };
			else if (count > maximum) issue = { code: 'too-large', values: { maximum } };
			// -0 (a number typed as "-0") is 0: results are plain JSON, where -0 does not survive.
			if (issue === undefined) return count === 0 ? 0 : count;
			ctx.issues.push({
				code: 'custom',
				message: issue.code,
				input: value,
				...(issue.values ? { params: issue.values } : {})
			});
			return z.NEVER;
		})
	);
}

export const MAXIMUM_AGE = 120;

/** An age: whole years 0–120, or `{ birthDate }` turned into the age on the reference date. */
export const ageSchema = z.union([
	countSchema(0, MAXIMUM_AGE),
	z.strictObject({ birthDate: isoDateSchema })
]);
export type AgeInput = z.input<typeof ageSchema>;
type ParsedAge = z.output<typeof ageSchema>;

/**
 * The age in whole years on `date`. A birth date after the reference date is `too-large` (its
 * maximum is the reference date); an age above 120 is `too-large` at the age.
 */
export function resolveAge(age: ParsedAge, date: IsoDate, path: CalcIssue['path']): number {
	if (typeof age === 'number') return age;
	const years = ageOn(age.birthDate, date);
	if (years < 0) {
		throw new CalcInputError([
			{ path: [...path, 'birthDate'], code: 'too-large', values: { maximum: date } }
		]);
	}
	if (years > MAXIMUM_AGE) {
		throw new CalcInputError([{ path, code: 'too-large', values: { maximum: MAXIMUM_AGE } }]);
	}
	return years;
}

const CALC_ISSUE_CODES: ReadonlySet<string> = new Set<CalcIssueCode>([
	'required',
	'not-a-number',
	'not-an-integer',
	'too-small',
	'too-large',
	'invalid-date',
	'unknown-value',
	'unknown-key',
	'invalid',
	'no-parameter-for-date'
]);

type ZodIssue = z.core.$ZodIssue;

/** The issues inside a union's branches, nested unions flattened, paths relative to the union. */
function unionLeaves(branches: readonly (readonly ZodIssue[])[], base: PropertyKey[]): ZodIssue[] {
	return branches.flatMap((branch) =>
		branch.flatMap((issue) => {
			const path = [...base, ...issue.path];
			if (issue.code === 'invalid_union') return unionLeaves(issue.errors, path);
			return [{ ...issue, path } as ZodIssue];
		})
	);
}

function issuesOf(issue: ZodIssue, prefix: CalcIssue['path']): CalcIssue[] {
	const path = [...prefix, ...(issue.path as (string | number)[])];
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => ({ path: [...path, key], code: 'unknown-key' as const }));
	}
	if (issue.input === undefined) return [{ path, code: 'required' }];
	if (issue.code === 'invalid_union') {
		// Keep what the shapes of the input's own type say (a number that is not whole, a string
		// that is not an amount, an object with a bad birth date); drop "not this type" from the
		// other shapes. When nothing is left, the value has none of the shapes: `invalid`.
		const relevant = unionLeaves(issue.errors, []).filter(
			(leaf) =>
				leaf.code !== 'invalid_type' || leaf.path.length > 0 || CALC_ISSUE_CODES.has(leaf.message)
		);
		if (relevant.length === 0) return [{ path, code: 'invalid' }];
		return relevant.flatMap((leaf) => issuesOf(leaf, path));
	}
	if (typeof issue.input === 'string' && issue.input.trim() === '') {
		return [{ path, code: 'required' }];
	}
	switch (issue.code) {
		case 'too_small':
			return [{ path, code: 'too-small', values: { minimum: Number(issue.minimum) } }];
		case 'too_big':
			return [{ path, code: 'too-large', values: { maximum: Number(issue.maximum) } }];
		case 'invalid_value':
			return [{ path, code: 'unknown-value' }];
		case 'not_multiple_of':
			return [{ path, code: 'not-an-integer' }];
	}
	// Our own checks carry their code as the message, and their limits as params.
	if (CALC_ISSUE_CODES.has(issue.message)) {
		const code = issue.message as CalcIssueCode;
		const values = issue.code === 'custom' ? issue.params : undefined;
		return [values ? { path, code, values: values as CalcIssue['values'] } : { path, code }];
	}
	if (issue.code === 'invalid_format' && issue.format === 'date') {
		return [{ path, code: 'invalid-date' }];
	}
	return [{ path, code: 'invalid' }];
}

/** zod's issues (or a ZodError) in our stable codes, each offending field named by its path. */
export function toCalcIssues(
	zodIssues: readonly ZodIssue[] | { issues: readonly ZodIssue[] },
	prefix: CalcIssue['path'] = []
): CalcIssue[] {
	const issues = 'issues' in zodIssues ? zodIssues.issues : zodIssues;
	return issues.flatMap((issue) => issuesOf(issue, prefix));
}

/** Validates `input` against `schema`, or throws `CalcInputError` with every offending field. */
export function parseInput<S extends z.ZodMiniType>(
	schema: S,
	input: unknown,
	prefix: CalcIssue['path'] = []
): z.output<S> {
	const parsed = schema.safeParse(input, { reportInput: true });
	if (!parsed.success) throw new CalcInputError(toCalcIssues(parsed.error.issues, prefix));
	return parsed.data;
}

/** Alias of `parseAmount`, the name the help finder uses. */
export const parseMoney = parseAmount;

export const AGE_LIMITS = { minimum: 0, maximum: MAXIMUM_AGE } as const;

/**
 * Parses one whole number (a number or a string of digits) from `minimum` to `maximum`, or throws
 * `CalcInputError` with the issue at `path`.
 */
export function parseWholeNumber(
	value: unknown,
	path: CalcIssue['path'] = [],
	limits: { minimum: number; maximum: number } = AGE_LIMITS
): number {
	return parseInput(countSchema(limits.minimum, limits.maximum), value, path);
}

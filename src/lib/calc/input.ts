import { z } from 'zod/mini';
import type { Lang } from '../i18n/lang';
import { ageOn, isoDateSchema, type IsoDate } from './dates';
import { CALC_ISSUE_CODES, CalcInputError, type CalcIssue, type CalcIssueCode } from './errors';
import {
	above,
	decimal,
	decimalPlaces,
	isDecimal,
	isNegative,
	isZero,
	money,
	plain,
	type Decimal
} from './money';

export { money };

/**
 * What every calculator accepts from a form field, an HTML attribute or a URL, and how a refusal
 * is reported: one reader for every amount and count, which reads what the product writes.
 *
 * A number is read by the rules of the field's language (`lang`, passed by the widget that shows
 * the field), as the product displays it there:
 * - nl: "2,50", "1.314,20", "€ 1.314,20"; fr: "2,50", "1 314,20 €" (with U+00A0 or U+202F as
 *   Intl writes it) or "1.314,20 €"; en: "2.50", "1,314.20", "€1,314.20". In every language a
 *   decimal comma or a decimal point is accepted ("2,50" and "2.50"), and a space groups thousands.
 * - Thousands are grouped by the language's own separator (nl and fr: a point or a space; en: a
 *   comma or a space), in groups of three.
 * - A form that reads two ways (nl and fr "1.500": 1,50 or 1 500; en "1,500": 1.50 or 1,500) is
 *   `ambiguous`, with both readings: the reader never guesses. Where only one reading is an allowed
 *   value ("1.234" as an amount has three decimals), that one is taken.
 * - Without a language (a program calling the calculators, a partner's attribute) there are no
 *   thousands separators: "1.500" and "1,500" are 1.5, as in JSON; spaces still group.
 * - Refused: exponents ("1e3"), a plus sign, "2,5,0", text (`not-a-number`, with `kind`: amount or
 *   count, so the message gives an example that fits the field); more than MAXIMUM_TEXT_LENGTH
 *   characters (`too-long`, checked before anything else is read, so reading is linear in the
 *   input); more than two decimals for money (`too-many-decimals`); NaN and Infinity; negatives
 *   (`too-small`) and more than 1,000,000 € (`too-large`, with the limit).
 */
export const MAXIMUM_AMOUNT = 1_000_000;
export const AMOUNT_DECIMALS = 2;
/** "-€ 1.000.000,00" is 15 characters: 32 leaves room for spaces and nothing absurd. */
export const MAXIMUM_TEXT_LENGTH = 32;

/** Thousands separators by language; a space (any of Intl's) groups in every language. */
const GROUPING: Record<Lang, string> = { nl: '.', fr: '.', en: ',' };

type IssueShape = { code: CalcIssueCode; values?: Record<string, string | number> };
type FieldKind = 'amount' | 'count';

/**
 * The language the reader uses while `parseInput` runs (set and restored around one synchronous
 * parse), so the zod schemas stay built once and every field of an input reads the same way.
 */
let readingLang: Lang | undefined;

const SPACE = /[\s\u00a0\u202f]/g;
const isDigit = (char: string) => char >= '0' && char <= '9';

/** Digits in groups of three after a first group of one to three: "1", "314", "1 314", "12.345.678". */
function groupsOk(groups: string[]): boolean {
	return groups.every(
		(group, index) =>
			group.length > 0 &&
			(index === 0 ? group.length <= 3 : group.length === 3) &&
			[...group].every(isDigit)
	);
}

/**
 * A typed number as a plain decimal string ("-1314.20"), or the issue that says why not. Linear:
 * the text is at most MAXIMUM_TEXT_LENGTH characters, and each step is one pass over it.
 */
function readNumber(
	raw: string,
	lang: Lang | undefined,
	kind: FieldKind,
	decimals: number
): string | IssueShape {
	const notANumber: IssueShape = { code: 'not-a-number', values: { kind } };
	if (raw.length > MAXIMUM_TEXT_LENGTH) {
		return { code: 'too-long', values: { maximum: MAXIMUM_TEXT_LENGTH } };
	}
	let text = raw.replace(SPACE, ' ').trim();
	if (text === '') return { code: 'required' };
	let negative = false;
	const sign = () => {
		if (text.startsWith('-') || text.startsWith('\u2212')) {
			negative = !negative;
			text = text.slice(1).trim();
		}
	};
	sign();
	if (kind === 'amount') {
		if (text.startsWith('€')) text = text.slice(1).trim();
		else if (text.endsWith('€')) text = text.slice(0, -1).trim();
		if (!negative) sign();
	}
	if (text === '' || !isDigit(text[0]!) || !isDigit(text.at(-1)!)) return notANumber;
	for (const char of text)
		if (!isDigit(char) && char !== '.' && char !== ',' && char !== ' ') return notANumber;

	const signed = (digits: string) => (negative ? `-${digits}` : digits);
	const points = text.split('.').length - 1;
	const commas = text.split(',').length - 1;
	const grouping = lang === undefined ? undefined : GROUPING[lang];
	/** Integer part grouped by spaces and `separator` (if any), fraction after the decimal mark. */
	const reading = (integer: string, separator: string | undefined, fraction?: string) => {
		const groups = integer.split(
			separator === undefined ? ' ' : new RegExp(`[ ${separator === '.' ? '\\.' : separator}]`)
		);
		if (groups.length > 1 && !groupsOk(groups)) return undefined;
		if (groups.length === 1 && ![...integer].every(isDigit)) return undefined;
		const whole = groups.join('');
		if (fraction === undefined) return signed(whole);
		return [...fraction].every(isDigit) && fraction.length > 0
			? signed(`${whole}.${fraction}`)
			: undefined;
	};

	if (points === 0 && commas === 0) return reading(text, undefined) ?? notANumber;
	if (points > 0 && commas > 0) {
		// Both marks: the last is the decimal one, the other groups thousands ("1.314,20", "1,314.20").
		const mark = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
		const at = text.lastIndexOf(mark);
		if ((mark === '.' ? points : commas) > 1) return notANumber;
		return reading(text.slice(0, at), mark === '.' ? ',' : '.', text.slice(at + 1)) ?? notANumber;
	}
	const mark = points > 0 ? '.' : ',';
	if (points + commas > 1) {
		// "1.500.000": only a thousands separator of the language repeats.
		return (mark === grouping && reading(text, mark)) || notANumber;
	}
	const at = text.indexOf(mark);
	const fraction = text.slice(at + 1);
	const asDecimal = reading(text.slice(0, at), undefined, fraction);
	const asThousands =
		mark === grouping && fraction.length === 3 && !text.includes(' ')
			? reading(text, mark)
			: undefined;
	// A decimal reading is possible only with the decimals the field allows ("2.000" as a count is 2).
	const decimalAllowed = asDecimal !== undefined && decimalPlaces(decimal(asDecimal)) <= decimals;
	if (asThousands !== undefined && decimalAllowed && asThousands !== asDecimal) {
		return {
			code: 'ambiguous',
			values: { kind, first: plain(decimal(asDecimal)), second: asThousands }
		};
	}
	return asThousands ?? asDecimal ?? notANumber;
}

function amountOrIssue(value: number | string): Decimal | IssueShape {
	let amount: Decimal;
	if (typeof value === 'string') {
		const read = readNumber(value, readingLang, 'amount', AMOUNT_DECIMALS);
		if (typeof read !== 'string') return read;
		amount = decimal(read);
	} else if (!Number.isFinite(value)) {
		return { code: 'not-a-number', values: { kind: 'amount' } };
	} else {
		amount = decimal(value);
	}
	// -0 is zero, not a negative amount.
	if (isZero(amount)) amount = decimal(0);
	if (isNegative(amount)) return { code: 'too-small', values: { minimum: 0 } };
	if (above(amount, MAXIMUM_AMOUNT)) {
		return { code: 'too-large', values: { maximum: MAXIMUM_AMOUNT } };
	}
	if (decimalPlaces(amount) > AMOUNT_DECIMALS) {
		return { code: 'too-many-decimals', values: { decimals: AMOUNT_DECIMALS } };
	}
	return amount;
}

/**
 * Parses one amount and returns it as a Decimal, or throws `CalcInputError` with the issue at
 * `path`. Anything but a number or a string is `not-a-number` (undefined and "" are `required`).
 * `lang` is the language of the field it was typed in (see above).
 */
export function parseAmount(
	value: unknown,
	path: CalcIssue['path'] = [],
	lang: Lang | undefined = readingLang
): Decimal {
	if (value === undefined || value === null) {
		throw new CalcInputError([{ path, code: 'required' }]);
	}
	if (typeof value !== 'number' && typeof value !== 'string') {
		throw new CalcInputError([{ path, code: 'not-a-number', values: { kind: 'amount' } }]);
	}
	const saved = readingLang;
	readingLang = lang;
	try {
		const parsed = amountOrIssue(value);
		if (isDecimal(parsed)) return parsed;
		throw new CalcInputError([{ path, ...parsed }]);
	} finally {
		readingLang = saved;
	}
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
 * The zod schema of an amount: reads as above (in the language `parseInput` was given) and outputs
 * a Decimal. Its JSON Schema says "a number from 0 to 1,000,000, or a string".
 */
export const amountSchema = z.pipe(
	z.union([
		z.number({ error: numberError }).check(z.gte(0), z.lte(MAXIMUM_AMOUNT)),
		z.string().check(z.maxLength(MAXIMUM_TEXT_LENGTH, { error: 'too-long' }))
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

/** A count as typed, or the issue: read like an amount, then it must be a whole number in range. */
function countOrIssue(
	value: number | string,
	minimum: number,
	maximum: number
): number | IssueShape {
	let count: number;
	if (typeof value === 'string') {
		const read = readNumber(value, readingLang, 'count', 0);
		if (typeof read !== 'string') return read;
		const exact = decimal(read);
		if (decimalPlaces(exact) > 0) return { code: 'not-an-integer' };
		// Beyond the largest safe integer a count is far above any maximum: compare it as a Decimal.
		if (above(exact, maximum)) return { code: 'too-large', values: { maximum } };
		count = exact.toNumber();
	} else {
		count = value;
	}
	if (!Number.isInteger(count)) return { code: 'not-an-integer' };
	if (count < minimum) return { code: 'too-small', values: { minimum } };
	if (count > maximum) return { code: 'too-large', values: { maximum } };
	// -0 (a number typed as "-0") is 0: results are plain JSON, where -0 does not survive.
	return count === 0 ? 0 : count;
}

const countSchemas = new Map<string, ReturnType<typeof buildCountSchema>>();

function buildCountSchema(minimum: number, maximum: number) {
	return z.pipe(
		z.union([
			z.int({ error: integerError }).check(z.gte(minimum), z.lte(maximum)),
			z.string().check(z.maxLength(MAXIMUM_TEXT_LENGTH, { error: 'too-long' }))
		]),
		z.transform((value, ctx) => {
			const count = countOrIssue(value, minimum, maximum);
			if (typeof count === 'number') return count;
			ctx.issues.push({
				code: 'custom',
				message: count.code,
				input: value,
				...(count.values ? { params: count.values } : {})
			});
			return z.NEVER;
		})
	);
}

/**
 * A whole number from `minimum` to `maximum`, as a number or a string read like an amount (an
 * attribute, a field): "2.5" is `not-an-integer`, "abc" `not-a-number`. Built once per range.
 */
export function countSchema(minimum: number, maximum: number) {
	const key = `${minimum}:${maximum}`;
	let schema = countSchemas.get(key);
	if (!schema) countSchemas.set(key, (schema = buildCountSchema(minimum, maximum)));
	return schema;
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

const ISSUE_CODES: ReadonlySet<string> = new Set(CALC_ISSUE_CODES);

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
				leaf.code !== 'invalid_type' || leaf.path.length > 0 || ISSUE_CODES.has(leaf.message)
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
			if (issue.message === 'too-long') {
				return [{ path, code: 'too-long', values: { maximum: Number(issue.maximum) } }];
			}
			return [{ path, code: 'too-large', values: { maximum: Number(issue.maximum) } }];
		case 'invalid_value':
			return [{ path, code: 'unknown-value' }];
		case 'not_multiple_of':
			return [{ path, code: 'not-an-integer' }];
	}
	// Our own checks carry their code as the message, and their limits as params.
	if (ISSUE_CODES.has(issue.message)) {
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

/**
 * Validates `input` against `schema`, or throws `CalcInputError` with every offending field. Typed
 * numbers are read by the rules of `lang`, the language of the fields they were typed in.
 */
export function parseInput<S extends z.ZodMiniType>(
	schema: S,
	input: unknown,
	prefix: CalcIssue['path'] = [],
	lang: Lang | undefined = readingLang
): z.output<S> {
	const saved = readingLang;
	readingLang = lang;
	try {
		let parsed: ReturnType<S['safeParse']>;
		try {
			parsed = schema.safeParse(input, { reportInput: true }) as ReturnType<S['safeParse']>;
		} catch {
			// zod itself can trip over a hostile object (an array check reading `length` from
			// `{ length: { toString: '' } }`): that input has none of the shapes we accept.
			throw new CalcInputError([{ path: prefix, code: 'invalid' }]);
		}
		if (!parsed.success) throw new CalcInputError(toCalcIssues(parsed.error.issues, prefix));
		return parsed.data as z.output<S>;
	} finally {
		readingLang = saved;
	}
}

export const AGE_LIMITS = { minimum: 0, maximum: MAXIMUM_AGE } as const;

/**
 * Parses one whole number (a number or a string of digits) from `minimum` to `maximum`, or throws
 * `CalcInputError` with the issue at `path`.
 */
export function parseWholeNumber(
	value: unknown,
	path: CalcIssue['path'] = [],
	limits: { minimum: number; maximum: number } = AGE_LIMITS,
	lang?: Lang
): number {
	return parseInput(countSchema(limits.minimum, limits.maximum), value, path, lang);
}

/**
 * A typed number (visits a week, say) as a plain decimal string with at most `decimals` decimals,
 * read like an amount in `lang`; null when it is not one. For a conversion before the calculator's
 * own check, which then reports what is wrong with the text as typed.
 */
export function readDecimal(text: string, lang: Lang | undefined, decimals: number): string | null {
	const read = readNumber(text, lang, 'count', decimals);
	if (typeof read !== 'string') return null;
	return decimalPlaces(decimal(read)) <= decimals && !read.startsWith('-') ? read : null;
}

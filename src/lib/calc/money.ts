import Big from 'big.js';

/**
 * Exact decimal arithmetic for every amount (and the few ratios and counts computed with them):
 * the one place that knows the library. A float never holds an amount.
 *
 * The library is big.js (same author as decimal.js, MIT): about 3 KB gzipped in the widgets'
 * bundle, where decimal.js cost 12.9 KB and cannot be tree-shaken. big.js has no ceil, floor,
 * isZero, min or max: they are written here.
 *
 * Our own constructor, so that no other importer of big.js can change these settings:
 * - `strict`: a JavaScript number is never turned into a Decimal by accident (the constructor
 *   throws), and `a < b` or `+a` throw instead of comparing or adding strings. The functions below
 *   take a number only where it is a count (`times(amount, months)`) and convert it explicitly.
 * - `DP` 20: division is the only operation that rounds on its own. Our divisions are a target
 *   loan by (multiplier × amount or months), each with at most two decimals and at most 1,000,000:
 *   a quotient that is not a whole number (or whole cents) is then at least 1e-14 away from one,
 *   so 20 decimal places leave every later round-up to a month or a cent exact.
 * - `RM` half-up: the rounding of such a division's last decimal, as decimal.js did before.
 *   Every rounding below names its own mode.
 */
const Exact = Big();
Exact.DP = 20;
Exact.RM = Exact.roundHalfUp;
Exact.strict = true;

export type Decimal = Big;

/** How to round: `half-up` for money, `up` (away from zero) for the smallest amount that reaches. */
export type Rounding = 'half-up' | 'up' | 'down';

const ROUNDING_MODE = {
	down: Exact.roundDown,
	'half-up': Exact.roundHalfUp,
	up: Exact.roundUp
} as const satisfies Record<Rounding, Big.RoundingMode>;

/**
 * A Decimal from a decimal string ("2.50", "12", "-0.5", as checked by the input schemas or the
 * parameter tables) or a finite number, taken as the shortest string that prints it (2.5 is
 * "2.5", 0.1 + 0.2 is "0.30000000000000004"). Throws on anything else: validate first.
 */
export function decimal(value: string | number | Decimal): Decimal {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
		return new Exact(String(value));
	}
	return new Exact(value);
}

export function isDecimal(value: unknown): value is Decimal {
	return value instanceof Exact;
}

/** A count (months, persons, visits) or another Decimal as an operand. */
type Operand = Decimal | number;
const operand = (value: Operand): Decimal => (typeof value === 'number' ? decimal(value) : value);

export function plus(a: Decimal, b: Operand): Decimal {
	return a.plus(operand(b));
}

export function minus(a: Decimal, b: Operand): Decimal {
	return a.minus(operand(b));
}

export function times(a: Decimal, b: Operand): Decimal {
	return a.times(operand(b));
}

/** a ÷ b, to 20 decimal places (see `DP` above). Throws on division by zero. */
export function dividedBy(a: Decimal, b: Operand): Decimal {
	return a.div(operand(b));
}

/** `value` rounded to `places` decimals, by the named rule. */
export function round(value: Decimal, places: number, rounding: Rounding): Decimal {
	return value.round(places, ROUNDING_MODE[rounding]);
}

/** The smallest whole number at or above `value` (toward +∞). */
export function ceil(value: Decimal): Decimal {
	return value.round(0, value.s < 0 ? Exact.roundDown : Exact.roundUp);
}

/** The largest whole number at or below `value` (toward −∞). */
export function floor(value: Decimal): Decimal {
	return value.round(0, value.s < 0 ? Exact.roundUp : Exact.roundDown);
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Decimal, b: Operand): -1 | 0 | 1 {
	return a.cmp(operand(b));
}

export const atLeast = (a: Decimal, b: Operand): boolean => compare(a, b) >= 0;
export const atMost = (a: Decimal, b: Operand): boolean => compare(a, b) <= 0;
export const above = (a: Decimal, b: Operand): boolean => compare(a, b) > 0;
export const below = (a: Decimal, b: Operand): boolean => compare(a, b) < 0;

/** Zero, whatever its sign (big.js keeps the sign of "-0"). */
export function isZero(value: Decimal): boolean {
	return value.c[0] === 0;
}

/** Below zero; "-0" is not. */
export function isNegative(value: Decimal): boolean {
	return value.s < 0 && !isZero(value);
}

/** Decimals after the point, trailing zeros not counted: "2.50" has 1, "2.505" has 3, "12" 0. */
export function decimalPlaces(value: Decimal): number {
	return Math.max(0, value.c.length - value.e - 1);
}

export function max(first: Decimal, ...others: Decimal[]): Decimal {
	return others.reduce((result, value) => (above(value, result) ? value : result), first);
}

export function min(first: Decimal, ...others: Decimal[]): Decimal {
	return others.reduce((result, value) => (below(value, result) ? value : result), first);
}

/** A whole Decimal as a number (months, visits); throws when it does not fit exactly. */
export function toNumber(value: Decimal): number {
	return value.toNumber();
}

/** `value` as a string with exactly `places` decimals, rounded by the named rule. */
export function toFixed(value: Decimal, places: number, rounding: Rounding = 'half-up'): string {
	return value.toFixed(places, ROUNDING_MODE[rounding]);
}

/** Euros and cents as a string with exactly two decimals, rounded half up ("60.00"). */
export function money(amount: Decimal): string {
	return toFixed(amount, 2, 'half-up');
}

/** A Decimal as written in the steps, without trailing zeros: "2", "1.5". */
export function plain(value: Decimal): string {
	return value.toString();
}

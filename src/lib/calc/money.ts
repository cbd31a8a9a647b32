/**
 * Exact decimal arithmetic for every amount (and the few ratios and counts computed with them):
 * the one place that knows how numbers are held. A float never holds an amount.
 *
 * A Decimal is a whole number of units of 10^-scale, held in a BigInt: "2.50" is 250 × 10^-2.
 * Adding, subtracting and multiplying such numbers is exact by construction; division and rounding
 * are the only places where digits are dropped, and each names its rule.
 *
 * Why not a library: decimal.js costs 12.9 KB gzipped in a widget's bundle and big.js 3 KB, against
 * an embedded widget's budget of 40 KB (issue 7) for everything; this module is about 0.6 KB. It
 * does only what the calculators need, and its tests check it against big.js (kept as a dev
 * dependency, the oracle) on random inputs: src/lib/calc/money.test.ts.
 *
 * - Division keeps 20 decimal places, the last one rounded half up (as big.js and decimal.js do
 *   by default). Our divisions are a target loan by (multiplier × amount or months), and visits a
 *   week × 52 by 12, each with at most two decimals (visits a week are refused with more): a
 *   quotient that is not a whole number (or whole cents) is then at least about 1e-18 away from one,
 *   even with a partner's largest values, so 20 decimal places leave every later round-up to a month
 *   or a cent exact.
 * - A Decimal never turns into a JavaScript number by accident: `+a` and `a < b` throw; `toNumber`
 *   is explicit and refuses a value it cannot hold exactly.
 */

/** Decimal places a quotient keeps (see above). */
const DIVISION_PLACES = 20;

const tens: bigint[] = [];
/** 10^k as a BigInt. */
function ten(k: number): bigint {
	return (tens[k] ??= 10n ** BigInt(k));
}

/** value = units × 10^-scale, scale ≥ 0. Immutable. */
class Exact {
	constructor(
		readonly units: bigint,
		readonly scale: number
	) {}

	/** A Decimal must not be added or compared as a number or a string by accident. */
	valueOf(): never {
		throw new TypeError('Not a number: see calc/money.ts');
	}

	toString(): string {
		return plain(this);
	}

	toJSON(): string {
		return plain(this);
	}
}

export type Decimal = Exact;

/** How to round: `half-up` for money, `up` (away from zero) for the smallest amount that reaches. */
export type Rounding = 'half-up' | 'up' | 'down';

// A number as JavaScript prints it, or a validated decimal string: "2.50", "-0.5", ".5", "1e-7".
const DECIMAL_TEXT = /^(-?)(\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?$/i;

/**
 * A Decimal from a decimal string ("2.50", "12", "-0.5", as checked by the input schemas or the
 * parameter tables) or a finite number, taken as the shortest string that prints it (2.5 is
 * "2.5", 0.1 + 0.2 is "0.30000000000000004"). Throws on anything else: validate first.
 */
export function decimal(value: string | number | Decimal): Decimal {
	if (value instanceof Exact) return value;
	if (typeof value === 'number' && !Number.isFinite(value)) {
		throw new RangeError(`Not a finite number: ${value}`);
	}
	const match = DECIMAL_TEXT.exec(String(value));
	if (!match) throw new TypeError(`Not a decimal: ${String(value)}`);
	const [whole = '', fraction = ''] = match[2]!.split('.');
	const scale = fraction.length - Number(match[3] ?? 0);
	let units = BigInt(whole + fraction);
	if (match[1]) units = -units;
	return scale >= 0 ? new Exact(units, scale) : new Exact(units * ten(-scale), 0);
}

export function isDecimal(value: unknown): value is Decimal {
	return value instanceof Exact;
}

/** A count (months, persons, visits) or another Decimal as an operand. */
type Operand = Decimal | number;
const operand = (value: Operand): Decimal => (typeof value === 'number' ? decimal(value) : value);

/** Both values' units at the larger of their scales. */
function aligned(a: Decimal, b: Operand): [bigint, bigint, number] {
	const other = operand(b);
	const scale = Math.max(a.scale, other.scale);
	return [a.units * ten(scale - a.scale), other.units * ten(scale - other.scale), scale];
}

export function plus(a: Decimal, b: Operand): Decimal {
	const [x, y, scale] = aligned(a, b);
	return new Exact(x + y, scale);
}

export function minus(a: Decimal, b: Operand): Decimal {
	const [x, y, scale] = aligned(a, b);
	return new Exact(x - y, scale);
}

export function times(a: Decimal, b: Operand): Decimal {
	const other = operand(b);
	return new Exact(a.units * other.units, a.scale + other.scale);
}

/** numerator ÷ denominator as a whole number, rounded by the rule (away from zero for up). */
function divide(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
	const negative = numerator < 0n !== denominator < 0n;
	const n = numerator < 0n ? -numerator : numerator;
	const d = denominator < 0n ? -denominator : denominator;
	let quotient = n / d;
	const remainder = n % d;
	if (remainder !== 0n && (rounding === 'up' || (rounding === 'half-up' && 2n * remainder >= d))) {
		quotient += 1n;
	}
	return negative ? -quotient : quotient;
}

/** a ÷ b, to 20 decimal places, the last rounded half up. Throws on division by zero. */
export function dividedBy(a: Decimal, b: Operand): Decimal {
	const other = operand(b);
	if (other.units === 0n) throw new RangeError('Division by zero');
	const numerator = a.units * ten(other.scale + DIVISION_PLACES);
	const denominator = other.units * ten(a.scale);
	return new Exact(divide(numerator, denominator, 'half-up'), DIVISION_PLACES);
}

/** `value` rounded to `places` decimals, by the named rule. */
export function round(value: Decimal, places: number, rounding: Rounding): Decimal {
	if (!Number.isInteger(places) || places < 0)
		throw new RangeError(`Not a number of places: ${places}`);
	if (value.scale <= places) return value;
	return new Exact(divide(value.units, ten(value.scale - places), rounding), places);
}

/** The smallest whole number at or above `value` (toward +∞). */
export function ceil(value: Decimal): Decimal {
	return round(value, 0, value.units < 0n ? 'down' : 'up');
}

/** The largest whole number at or below `value` (toward −∞). */
export function floor(value: Decimal): Decimal {
	return round(value, 0, value.units < 0n ? 'up' : 'down');
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Decimal, b: Operand): -1 | 0 | 1 {
	const [x, y] = aligned(a, b);
	return x < y ? -1 : x > y ? 1 : 0;
}

export const atLeast = (a: Decimal, b: Operand): boolean => compare(a, b) >= 0;
export const atMost = (a: Decimal, b: Operand): boolean => compare(a, b) <= 0;
export const above = (a: Decimal, b: Operand): boolean => compare(a, b) > 0;
export const below = (a: Decimal, b: Operand): boolean => compare(a, b) < 0;

/** Zero, whatever its sign ("-0" is zero). */
export function isZero(value: Decimal): boolean {
	return value.units === 0n;
}

/** Below zero; "-0" is not. */
export function isNegative(value: Decimal): boolean {
	return value.units < 0n;
}

/** The same value with no trailing zeros after the point: 2.50 → 2.5, 1200 stays 1200. */
function trimmed(value: Decimal): Decimal {
	let { units, scale } = value;
	while (scale > 0 && units % 10n === 0n) {
		units /= 10n;
		scale -= 1;
	}
	return new Exact(units, scale);
}

/** Decimals after the point, trailing zeros not counted: "2.50" has 1, "2.505" has 3, "12" 0. */
export function decimalPlaces(value: Decimal): number {
	return trimmed(value).scale;
}

export function max(first: Decimal, ...others: Decimal[]): Decimal {
	return others.reduce((result, value) => (above(value, result) ? value : result), first);
}

export function min(first: Decimal, ...others: Decimal[]): Decimal {
	return others.reduce((result, value) => (below(value, result) ? value : result), first);
}

/** A Decimal as a number (months, visits); throws when the number would not be exactly it. */
export function toNumber(value: Decimal): number {
	const number = Number(plain(value));
	if (compare(decimal(number), value) !== 0) {
		throw new RangeError(`Inexact: ${plain(value)}`);
	}
	return number;
}

/** Units at a scale, written out: (-250, 2) → "-2.50". */
function written(units: bigint, scale: number): string {
	const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
	const sign = units < 0n ? '-' : '';
	if (scale === 0) return sign + digits;
	return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** `value` as a string with exactly `places` decimals, rounded by the named rule. */
export function toFixed(value: Decimal, places: number, rounding: Rounding = 'half-up'): string {
	const rounded = round(value, places, rounding);
	return written(rounded.units * ten(places - rounded.scale), places);
}

/** Euros and cents as a string with exactly two decimals, rounded half up ("60.00"). */
export function money(amount: Decimal): string {
	return toFixed(amount, 2, 'half-up');
}

/** A Decimal as written in the steps, without trailing zeros and never in exponent form: "2", "1.5". */
export function plain(value: Decimal): string {
	const { units, scale } = trimmed(value);
	return written(units, scale);
}

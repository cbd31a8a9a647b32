/**
 * Exact decimal arithmetic for every amount (and the few ratios and counts computed with them):
 * the one place that knows how numbers are held. A float never holds an amount.
 *
 * The engine is decimal.js, the library the product's design names for money. This module is the
 * thin, named layer over it that the calculators use: rounding rules by name, one operation that
 * divides and rounds once, comparisons by name, and text that never has an exponent.
 *
 * - We use our own clone of the constructor (`Decimal.clone`), so that a partner page that sets
 *   decimal.js's global configuration (`Decimal.set`) cannot change how we count.
 * - Precision is 1,000 significant digits: far more than any amount the inputs allow (at most
 *   1,000,000 € with two decimals, or a partner's parameter of the same size), so every sum,
 *   difference and product is exact. Only division and rounding drop digits, and each names its rule.
 * - A quotient is rounded once, at the places and by the rule the caller names (`quotient`):
 *   decimal.js rounds a quotient to significant digits, so rounding that again to cents would round
 *   twice. `dividedBy` is `quotient` to 20 places, half up (as big.js and decimal.js do by default).
 * - A decimal.js value compared with `<` or `>` compares text ("9" > "10"): comparisons go through
 *   `compare`, `atLeast`, `above` …, and the lint rule `aid/no-decimal-operators` (eslint.config.js)
 *   fails the check on a relational, equality or arithmetic operator applied to a Decimal.
 *
 * Its tests check it against big.js (a dev dependency, the independent oracle) on random inputs:
 * src/lib/calc/money.test.ts.
 */
import { Decimal as DecimalJs } from 'decimal.js';

/** Our own configuration of decimal.js (see above). */
const Engine = DecimalJs.clone({
	precision: 1000,
	rounding: DecimalJs.ROUND_HALF_UP,
	// Text in plain notation, never "1e+21" or "1e-7".
	toExpNeg: -9e15,
	toExpPos: 9e15
});

export type Decimal = DecimalJs;

/** How to round: `half-up` for money, `up` (away from zero) for the smallest amount that reaches. */
export type Rounding = 'half-up' | 'up' | 'down';

const MODES = {
	'half-up': DecimalJs.ROUND_HALF_UP,
	up: DecimalJs.ROUND_UP,
	down: DecimalJs.ROUND_DOWN
} as const satisfies Record<Rounding, DecimalJs.Rounding>;

/** Decimal places of `dividedBy` (see above). */
const DIVISION_PLACES = 20;

// A number as JavaScript prints it, or a validated decimal string: "2.50", "-0.5", ".5", "1e-7".
// decimal.js would also take "Infinity", "NaN", "0x1F" and "0b101": we never want those.
const DECIMAL_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A Decimal from a decimal string ("2.50", "12", "-0.5", as checked by the input parser or the
 * parameter tables) or a finite number, taken as the shortest string that prints it (2.5 is
 * "2.5", 0.1 + 0.2 is "0.30000000000000004"). Throws on anything else: validate first.
 */
export function decimal(value: string | number | Decimal): Decimal {
	if (isDecimal(value)) return value;
	if (typeof value === 'number' && !Number.isFinite(value)) {
		throw new RangeError(`Not a finite number: ${value}`);
	}
	const text = String(value);
	if (!DECIMAL_TEXT.test(text)) throw new TypeError(`Not a decimal: ${text}`);
	return new Engine(text);
}

export function isDecimal(value: unknown): value is Decimal {
	return DecimalJs.isDecimal(value);
}

/** A count (months, persons, visits) or another Decimal as an operand. */
type Operand = Decimal | number;
const operand = (value: Operand): Decimal => (typeof value === 'number' ? decimal(value) : value);

/** Our clone's copy of a value (a Decimal made by another clone keeps its own settings otherwise). */
const own = (value: Decimal): Decimal => (value.constructor === Engine ? value : new Engine(value));

export function plus(a: Decimal, b: Operand): Decimal {
	return own(a).plus(operand(b));
}

export function minus(a: Decimal, b: Operand): Decimal {
	return own(a).minus(operand(b));
}

export function times(a: Decimal, b: Operand): Decimal {
	return own(a).times(operand(b));
}

function checkPlaces(places: number): void {
	if (!Number.isInteger(places) || places < 0) {
		throw new RangeError(`Not a number of places: ${places}`);
	}
}

/**
 * a ÷ b rounded once, to `places` decimals by the named rule: the exact quotient in whole units of
 * 10^-places, then one step up when the remainder asks for it. Throws on division by zero.
 */
export function quotient(a: Decimal, b: Operand, places: number, rounding: Rounding): Decimal {
	checkPlaces(places);
	const divisor = own(operand(b));
	if (divisor.isZero()) throw new RangeError('Division by zero');
	const scaled = own(a).times(`1e${places}`); // exact
	const whole = scaled.dividedToIntegerBy(divisor); // toward zero
	const remainder = scaled.minus(whole.times(divisor)).abs();
	let units = whole;
	if (!remainder.isZero()) {
		const away =
			rounding === 'up' ||
			(rounding === 'half-up' && remainder.times(2).comparedTo(divisor.abs()) >= 0);
		const negative = scaled.isNegative() !== divisor.isNegative();
		if (away) units = negative ? whole.minus(1) : whole.plus(1);
	}
	return units.times(`1e-${places}`);
}

/** a ÷ b, to 20 decimal places, the last rounded half up. Throws on division by zero. */
export function dividedBy(a: Decimal, b: Operand): Decimal {
	return quotient(a, b, DIVISION_PLACES, 'half-up');
}

/** `value` rounded to `places` decimals, by the named rule. */
export function round(value: Decimal, places: number, rounding: Rounding): Decimal {
	checkPlaces(places);
	return own(value).toDecimalPlaces(places, MODES[rounding]);
}

/** The smallest whole number at or above `value` (toward +∞). */
export function ceil(value: Decimal): Decimal {
	return own(value).ceil();
}

/** The largest whole number at or below `value` (toward −∞). */
export function floor(value: Decimal): Decimal {
	return own(value).floor();
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Decimal, b: Operand): -1 | 0 | 1 {
	return a.comparedTo(operand(b)) as -1 | 0 | 1;
}

export const atLeast = (a: Decimal, b: Operand): boolean => compare(a, b) >= 0;
export const atMost = (a: Decimal, b: Operand): boolean => compare(a, b) <= 0;
export const above = (a: Decimal, b: Operand): boolean => compare(a, b) > 0;
export const below = (a: Decimal, b: Operand): boolean => compare(a, b) < 0;

/** Zero, whatever its sign ("-0" is zero). */
export function isZero(value: Decimal): boolean {
	return value.isZero();
}

/** Below zero; "-0" is not. */
export function isNegative(value: Decimal): boolean {
	return value.isNegative() && !value.isZero();
}

/** Decimals after the point, trailing zeros not counted: "2.50" has 1, "2.505" has 3, "12" 0. */
export function decimalPlaces(value: Decimal): number {
	return value.decimalPlaces();
}

export function max(first: Decimal, ...others: Decimal[]): Decimal {
	return others.reduce((result, value) => (above(value, result) ? value : result), first);
}

export function min(first: Decimal, ...others: Decimal[]): Decimal {
	return others.reduce((result, value) => (below(value, result) ? value : result), first);
}

/** A Decimal as a number (months, visits); throws when the number would not be exactly it. */
export function toNumber(value: Decimal): number {
	const number = value.toNumber();
	if (!Number.isFinite(number) || !new Engine(number).equals(value)) {
		throw new RangeError(`Inexact: ${plain(value)}`);
	}
	return number === 0 ? 0 : number;
}

/** `value` as a string with exactly `places` decimals, rounded by the named rule; no "-0.00". */
export function toFixed(value: Decimal, places: number, rounding: Rounding = 'half-up'): string {
	const rounded = round(value, places, rounding);
	return (rounded.isZero() ? rounded.abs() : rounded).toFixed(places);
}

/** Euros and cents as a string with exactly two decimals, rounded half up ("60.00"). */
export function money(amount: Decimal): string {
	return toFixed(amount, 2, 'half-up');
}

/** A Decimal as written in the steps, without trailing zeros and never in exponent form: "2", "1.5". */
export function plain(value: Decimal): string {
	// decimal.js keeps no trailing zeros; toFixed() without places never writes an exponent.
	return (value.isZero() ? value.abs() : value).toFixed();
}

import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountSchema, parseInput } from './input';
import {
	above,
	atLeast,
	atMost,
	below,
	ceil,
	compare,
	decimal,
	decimalPlaces,
	dividedBy,
	floor,
	isNegative,
	isZero,
	max,
	min,
	minus,
	money,
	quotient,
	plain,
	plus,
	round,
	times,
	toFixed,
	toNumber
} from './money';

const text = (value: ReturnType<typeof decimal>) => plain(value);

describe('money: two decimals, half up', () => {
	it('rounds half a cent up, away from zero', () => {
		expect(money(decimal('1.005'))).toBe('1.01');
		expect(money(decimal('1.004'))).toBe('1.00');
		expect(money(decimal('0.005'))).toBe('0.01');
		expect(money(decimal('2.675'))).toBe('2.68');
		expect(money(decimal('-1.005'))).toBe('-1.01');
	});

	it('always writes two decimals, never an exponent, and no sign for zero', () => {
		expect(money(decimal('60'))).toBe('60.00');
		expect(money(decimal('2.5'))).toBe('2.50');
		expect(money(decimal('-0'))).toBe('0.00');
		expect(money(decimal('1000000'))).toBe('1000000.00');
		expect(money(decimal('1e21'))).toBe('1000000000000000000000.00');
		expect(money(times(decimal('1000000'), 1200))).toBe('1200000000.00');
	});

	it('one decimal, for consumption units', () => {
		expect(toFixed(decimal('2.1'), 1)).toBe('2.1');
		expect(toFixed(decimal('2.15'), 1, 'half-up')).toBe('2.2');
		expect(toFixed(decimal('2.15'), 1, 'down')).toBe('2.1');
	});
});

describe('decimal: from validated strings and numbers', () => {
	it('takes decimal strings and finite numbers as printed', () => {
		expect(text(decimal('2.50'))).toBe('2.5');
		expect(text(decimal(2.5))).toBe('2.5');
		expect(text(decimal(0.1 + 0.2))).toBe('0.30000000000000004');
		expect(text(decimal(-0))).toBe('0');
		expect(text(decimal('99999999999999999999'))).toBe('99999999999999999999');
	});

	it('refuses what is not a number: the input schemas check first', () => {
		expect(() => decimal('2,50')).toThrow();
		expect(() => decimal('abc')).toThrow();
		expect(() => decimal(Number.NaN)).toThrow(RangeError);
		expect(() => decimal(Infinity)).toThrow(RangeError);
	});

	it('counts decimals without trailing zeros', () => {
		expect(decimalPlaces(decimal('2.50'))).toBe(1);
		expect(decimalPlaces(decimal('2.505'))).toBe(3);
		expect(decimalPlaces(decimal('12'))).toBe(0);
		expect(decimalPlaces(decimal('1200'))).toBe(0);
		expect(decimalPlaces(decimal('0.01'))).toBe(2);
		expect(decimalPlaces(decimal(0.1 + 0.2))).toBe(17);
	});

	it('"2,50" and "2.50" are the same amount once the input schema has read them', () => {
		const comma = parseInput(amountSchema, '2,50');
		const point = parseInput(amountSchema, '2.50');
		expect(compare(comma, point)).toBe(0);
		expect(money(comma)).toBe('2.50');
		expect(money(parseInput(amountSchema, ' 1314,2 '))).toBe('1314.20');
	});
});

describe('arithmetic is exact', () => {
	it('adds, subtracts and multiplies without float errors', () => {
		expect(text(plus(decimal('0.1'), decimal('0.2')))).toBe('0.3');
		expect(text(minus(decimal('0.3'), decimal('0.1')))).toBe('0.2');
		expect(text(minus(decimal('1'), 2))).toBe('-1');
		expect(text(times(decimal('1.15'), 100))).toBe('115');
		expect(text(times(decimal('999999.99'), decimal('999999.99')))).toBe('999999980000.0001');
	});

	it('divides to 20 decimal places, half up', () => {
		expect(text(dividedBy(decimal('52'), 12))).toBe('4.33333333333333333333');
		expect(text(dividedBy(decimal('2'), 3))).toBe('0.66666666666666666667');
		expect(text(dividedBy(decimal('100'), decimal('0.5')))).toBe('200');
		expect(() => dividedBy(decimal('1'), 0)).toThrow();
	});

	it('a quotient a hair above a whole number still rounds up to the next one', () => {
		// 1,000,000 ÷ (2 × 499,999.99) = 1.00000002…
		const months = dividedBy(decimal('1000000'), times(decimal('2'), decimal('499999.99')));
		expect(toNumber(ceil(months))).toBe(2);
		expect(toNumber(ceil(dividedBy(decimal('1000000.01'), decimal('0.02'))))).toBe(50000001);
		expect(toNumber(ceil(dividedBy(decimal('30'), decimal('2.5'))))).toBe(12);
	});
});

describe('quotient: divide and round once', () => {
	it('rounds the exact quotient, not a quotient already rounded to 20 places', () => {
		// 1 ÷ (10^21 + 1) is 0.000000000000000000000999…: to 20 places half up that is 0, and rounding
		// that zero up again would give 0, where the exact quotient rounded up is 0.01.
		const huge = decimal('1000000000000000000001');
		expect(plain(round(dividedBy(decimal('1'), huge), 2, 'up'))).toBe('0');
		expect(plain(quotient(decimal('1'), huge, 2, 'up'))).toBe('0.01');
	});

	it('by each rule, sign included', () => {
		expect(plain(quotient(decimal('10'), 3, 2, 'half-up'))).toBe('3.33');
		expect(plain(quotient(decimal('20'), 3, 2, 'half-up'))).toBe('6.67');
		expect(plain(quotient(decimal('10'), 3, 2, 'up'))).toBe('3.34');
		expect(plain(quotient(decimal('20'), 3, 2, 'down'))).toBe('6.66');
		expect(plain(quotient(decimal('-10'), 3, 2, 'up'))).toBe('-3.34');
		expect(plain(quotient(decimal('10'), -3, 0, 'half-up'))).toBe('-3');
		// 0.125 is exactly half a cent above 0.12: half up goes to 0.13.
		expect(plain(quotient(decimal('1'), 8, 2, 'half-up'))).toBe('0.13');
		expect(plain(quotient(decimal('-1'), 8, 2, 'half-up'))).toBe('-0.13');
		expect(plain(quotient(decimal('12'), 4, 0, 'up'))).toBe('3');
		expect(() => quotient(decimal('1'), 0, 2, 'up')).toThrow(RangeError);
		expect(() => quotient(decimal('1'), 3, -1, 'up')).toThrow(RangeError);
	});
});

describe('our own decimal.js configuration', () => {
	it("a partner's global Decimal.set does not change our results", async () => {
		const { default: Global } = await import('decimal.js');
		const saved = { precision: Global.precision, rounding: Global.rounding };
		Global.set({ precision: 3, rounding: Global.ROUND_DOWN, toExpPos: 2 });
		try {
			expect(plain(times(decimal('1234.56'), 100))).toBe('123456');
			expect(money(decimal('1.005'))).toBe('1.01');
			expect(plain(dividedBy(decimal('2'), 3))).toBe('0.66666666666666666667');
		} finally {
			Global.set({ ...saved, toExpPos: 21 });
		}
	});
});

describe('rounding', () => {
	it('up: away from zero, for the smallest amount that reaches', () => {
		expect(text(round(decimal('2.001'), 2, 'up'))).toBe('2.01');
		expect(text(round(decimal('2.00'), 2, 'up'))).toBe('2');
		expect(text(round(decimal('-2.001'), 2, 'up'))).toBe('-2.01');
		expect(text(round(decimal('12.0000000001'), 0, 'up'))).toBe('13');
	});

	it('refuses a number of places that is not a whole number from 0', () => {
		expect(() => round(decimal('25'), -1, 'half-up')).toThrow(RangeError);
		expect(() => toFixed(decimal('25'), 1.5)).toThrow(RangeError);
	});

	it('half-up and down', () => {
		expect(text(round(decimal('21.5'), 0, 'half-up'))).toBe('22');
		expect(text(round(decimal('21.49'), 0, 'half-up'))).toBe('21');
		expect(text(round(decimal('21.99'), 0, 'down'))).toBe('21');
	});

	it('ceil and floor go toward +∞ and −∞, also for negatives', () => {
		expect(text(ceil(decimal('12.01')))).toBe('13');
		expect(text(ceil(decimal('12')))).toBe('12');
		expect(text(ceil(decimal('-12.5')))).toBe('-12');
		expect(text(floor(decimal('12.99')))).toBe('12');
		expect(text(floor(decimal('-12.01')))).toBe('-13');
		expect(text(floor(decimal('-0.5')))).toBe('-1');
		expect(text(ceil(decimal('-0.5')))).toBe('0');
	});

	it('toNumber gives whole counts and refuses an imprecise conversion', () => {
		expect(toNumber(decimal('1200'))).toBe(1200);
		expect(() => toNumber(decimal('0.1000000000000000000001'))).toThrow();
	});
});

describe('comparisons', () => {
	it('compare, at least, at most, above, below', () => {
		const a = decimal('2.50');
		expect(compare(a, decimal('2.5'))).toBe(0);
		expect(compare(a, 3)).toBe(-1);
		expect(compare(a, 2)).toBe(1);
		expect(atLeast(a, decimal('2.5'))).toBe(true);
		expect(atLeast(a, decimal('2.51'))).toBe(false);
		expect(atMost(a, decimal('2.5'))).toBe(true);
		expect(atMost(a, decimal('2.49'))).toBe(false);
		expect(above(a, 2)).toBe(true);
		expect(above(a, decimal('2.5'))).toBe(false);
		expect(below(a, decimal('2.51'))).toBe(true);
		expect(below(a, decimal('2.5'))).toBe(false);
	});

	it('compares by value, not as text (9 < 10)', () => {
		expect(below(decimal('9'), decimal('10'))).toBe(true);
		expect(above(decimal('10'), decimal('9'))).toBe(true);
		// The operators are refused by the lint rule: tests/unit/decimal-operators.test.ts.
	});

	it('min and max of one or several', () => {
		const amounts = ['876.13', '1314.20', '1776.07'].map((v) => decimal(v));
		expect(money(min(amounts[1]!, ...amounts))).toBe('876.13');
		expect(money(max(amounts[1]!, ...amounts))).toBe('1776.07');
		expect(money(min(decimal('5')))).toBe('5.00');
		expect(money(max(decimal('-1'), decimal('-2')))).toBe('-1.00');
	});

	it('zero and negatives, -0 included', () => {
		expect(isZero(decimal('0'))).toBe(true);
		expect(isZero(decimal('-0'))).toBe(true);
		expect(isZero(decimal('0.00'))).toBe(true);
		expect(isZero(decimal('0.01'))).toBe(false);
		expect(isNegative(decimal('-0'))).toBe(false);
		expect(isNegative(decimal('-0.01'))).toBe(true);
		expect(isNegative(decimal('0.01'))).toBe(false);
	});
});

describe('the same results as big.js, the reference library, on random numbers', () => {
	// big.js with the settings this module follows: division to 20 places, the last half up.
	const Oracle = Big();
	Oracle.DP = 20;
	Oracle.RM = Oracle.roundHalfUp;
	// big.js keeps the sign of a zero ("-0", "-0.00"); this module writes zero without one.
	const unsigned = (text: string) => (/^-0(\.0*)?$/.test(text) ? text.slice(1) : text);
	const MODES = { down: Oracle.roundDown, 'half-up': Oracle.roundHalfUp, up: Oracle.roundUp };

	// "-1234.5678": up to 13 digits, up to 8 of them after the point, either sign.
	const text = fc
		.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.integer({ min: 0, max: 8 }))
		.map(([negative, units, scale]) => {
			const digits = units.toString().padStart(scale + 1, '0');
			const written = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
			return (negative ? '-' : '') + written;
		});
	const rounding = fc.constantFrom('down', 'half-up', 'up' as const);

	it('plus, minus, times, compare', () => {
		fc.assert(
			fc.property(text, text, (a, b) => {
				const [x, y] = [decimal(a), decimal(b)];
				const [ox, oy] = [new Oracle(a), new Oracle(b)];
				expect(plain(plus(x, y))).toBe(unsigned(ox.plus(oy).toFixed()));
				expect(plain(minus(x, y))).toBe(unsigned(ox.minus(oy).toFixed()));
				expect(plain(times(x, y))).toBe(unsigned(ox.times(oy).toFixed()));
				expect(compare(x, y)).toBe(ox.cmp(oy));
			}),
			{ numRuns: 2000 }
		);
	});

	it('divided by, to 20 places', () => {
		fc.assert(
			fc.property(text, text, (a, b) => {
				fc.pre(!new Oracle(b).eq(0));
				expect(plain(dividedBy(decimal(a), decimal(b)))).toBe(
					unsigned(new Oracle(a).div(new Oracle(b)).toFixed())
				);
			}),
			{ numRuns: 2000 }
		);
	});

	it('round and toFixed, by each rule, to 0–4 places', () => {
		fc.assert(
			fc.property(text, fc.integer({ min: 0, max: 4 }), rounding, (a, places, mode) => {
				const oracle = new Oracle(a);
				expect(plain(round(decimal(a), places, mode))).toBe(
					unsigned(oracle.round(places, MODES[mode]).toFixed())
				);
				expect(toFixed(decimal(a), places, mode)).toBe(
					unsigned(oracle.toFixed(places, MODES[mode]))
				);
			}),
			{ numRuns: 2000 }
		);
	});

	it('numbers as JavaScript prints them, exponents included', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
				expect(plain(decimal(value))).toBe(unsigned(new Oracle(String(value)).toFixed()));
			}),
			{ numRuns: 2000 }
		);
	});
});

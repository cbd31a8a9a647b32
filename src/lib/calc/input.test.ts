import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { ageOn, isIsoDate, referenceDate, todayInBrussels } from './dates';
import { CalcInputError, type CalcIssue } from './errors';
import {
	ageSchema,
	amountSchema,
	countSchema,
	money,
	parseAmount,
	parseInput,
	parseWholeNumber,
	resolveAge,
	MAXIMUM_TEXT_LENGTH,
	toCalcIssues
} from './input';
import { decimal } from './money';

function issuesOf(run: () => unknown): CalcIssue[] {
	try {
		run();
	} catch (error) {
		if (error instanceof CalcInputError) return error.issues;
		throw error;
	}
	throw new Error('expected a CalcInputError');
}

const amount = (value: unknown) => money(parseInput(amountSchema, value, ['amount']));
const amountIssues = (value: unknown) =>
	issuesOf(() => parseInput(amountSchema, value, ['amount']));

describe('amounts', () => {
	it('accepts a decimal comma, a decimal point, spaces around and numbers', () => {
		expect(amount('2,50')).toBe('2.50');
		expect(amount('2.50')).toBe('2.50');
		expect(amount(' 2.5 ')).toBe('2.50');
		expect(amount(2.5)).toBe('2.50');
		expect(amount('0')).toBe('0.00');
		expect(amount(-0)).toBe('0.00');
		expect(amount('1000000')).toBe('1000000.00');
		expect(amount(1_000_000)).toBe('1000000.00');
	});

	it('refuses NaN, Infinity, exponents, a plus sign and a repeated decimal mark with not-a-number', () => {
		for (const value of [Number.NaN, Infinity, -Infinity])
			expect(amountIssues(value)).toEqual([{ path: ['amount'], code: 'not-a-number' }]);
		for (const value of ['1e3', '2,5,0', 'abc', '+2', '.5', '2.', '€', '1..5', '2,50 €€'])
			expect(amountIssues(value), value).toEqual([
				{ path: ['amount'], code: 'not-a-number', values: { kind: 'amount' } }
			]);
	});

	it('refuses negative amounts with too-small and absurd ones with too-large', () => {
		expect(amountIssues(-0.01)).toEqual([
			{ path: ['amount'], code: 'too-small', values: { minimum: 0 } }
		]);
		expect(amountIssues('-1')).toEqual([
			{ path: ['amount'], code: 'too-small', values: { minimum: 0 } }
		]);
		expect(amountIssues(1_000_000.01)).toEqual([
			{ path: ['amount'], code: 'too-large', values: { maximum: 1_000_000 } }
		]);
		expect(amountIssues('99999999999999999999')).toEqual([
			{ path: ['amount'], code: 'too-large', values: { maximum: 1_000_000 } }
		]);
	});

	it('refuses fractions of a cent, an empty field and other types', () => {
		expect(amountIssues('2.505')).toEqual([
			{ path: ['amount'], code: 'too-many-decimals', values: { decimals: 2 } }
		]);
		expect(amountIssues(0.1 + 0.2)).toEqual([
			{ path: ['amount'], code: 'too-many-decimals', values: { decimals: 2 } }
		]);
		expect(amountIssues('')).toEqual([{ path: ['amount'], code: 'required' }]);
		expect(amountIssues('  ')).toEqual([{ path: ['amount'], code: 'required' }]);
		expect(amountIssues(undefined)).toEqual([{ path: ['amount'], code: 'required' }]);
		expect(amountIssues(true)).toEqual([{ path: ['amount'], code: 'invalid' }]);
		expect(amountIssues({})).toEqual([{ path: ['amount'], code: 'invalid' }]);
	});

	it('parseAmount gives a Decimal or throws the same issues at its path', () => {
		expect(parseAmount('1314,20', ['income'])).toEqual(decimal('1314.20'));
		expect(issuesOf(() => parseAmount('x', ['income']))).toEqual([
			{ path: ['income'], code: 'not-a-number', values: { kind: 'amount' } }
		]);
		expect(issuesOf(() => parseAmount(null, ['income']))).toEqual([
			{ path: ['income'], code: 'required' }
		]);
		expect(issuesOf(() => parseAmount(undefined))).toEqual([{ path: [], code: 'required' }]);
		expect(issuesOf(() => parseAmount([1], ['income']))).toEqual([
			{ path: ['income'], code: 'not-a-number', values: { kind: 'amount' } }
		]);
		expect(issuesOf(() => parseAmount(-5, ['income']))).toEqual([
			{ path: ['income'], code: 'too-small', values: { minimum: 0 } }
		]);
	});
});

describe('one reader for what the product writes, by the rules of the field’s language', () => {
	const read = (value: string, lang: 'nl' | 'fr' | 'en') => money(parseAmount(value, ['a'], lang));
	const issues = (value: string, lang: 'nl' | 'fr' | 'en' | undefined) =>
		issuesOf(() => parseAmount(value, ['a'], lang));
	const ambiguous = (first: string, second: string) => [
		{ path: ['a'], code: 'ambiguous', values: { kind: 'amount', first, second } }
	];

	it('Dutch: a decimal comma or point, thousands by a point or a space, the euro sign', () => {
		expect(read('2,50', 'nl')).toBe('2.50');
		expect(read('2.50', 'nl')).toBe('2.50');
		expect(read('€ 1.314,20', 'nl')).toBe('1314.20');
		expect(read('€\u00a01.314,20', 'nl')).toBe('1314.20');
		expect(read('1 314,20 €', 'nl')).toBe('1314.20');
		expect(read('12.345,67', 'nl')).toBe('12345.67');
		// A comma is never a thousands separator in Dutch: "1,500" is one and a half.
		expect(read('1,500', 'nl')).toBe('1.50');
		// As a decimal, "1.314" would have three decimals, which money cannot: only 1314 is left.
		expect(read('1.314', 'nl')).toBe('1314.00');
		expect(issues('1.500', 'nl')).toEqual(ambiguous('1.5', '1500'));
		expect(issues('2.000', 'nl')).toEqual(ambiguous('2', '2000'));
		expect(issues('1.500.000', 'nl')).toEqual([
			{ path: ['a'], code: 'too-large', values: { maximum: 1_000_000 } }
		]);
		expect(issues('1.31.420', 'nl')[0]?.code).toBe('not-a-number');
	});

	it('French: thousands by a (narrow) no-break space, as Intl writes them, or a point', () => {
		expect(read('2,50', 'fr')).toBe('2.50');
		expect(read('2.50', 'fr')).toBe('2.50');
		expect(read('1\u202f314,20\u00a0€', 'fr')).toBe('1314.20');
		expect(read('1 314,20 €', 'fr')).toBe('1314.20');
		expect(read('1.314,20 €', 'fr')).toBe('1314.20');
		expect(read('1 500', 'fr')).toBe('1500.00');
		expect(read('1,500', 'fr')).toBe('1.50');
		expect(issues('1.500', 'fr')).toEqual(ambiguous('1.5', '1500'));
		expect(issues('1 31 420', 'fr')[0]?.code).toBe('not-a-number');
	});

	it('English: thousands by a comma or a space, a decimal point (or comma)', () => {
		expect(read('2.50', 'en')).toBe('2.50');
		expect(read('2,50', 'en')).toBe('2.50');
		expect(read('1,314.20', 'en')).toBe('1314.20');
		expect(read('€1,314.20', 'en')).toBe('1314.20');
		expect(read('1,234', 'en')).toBe('1234.00');
		// A point is never a thousands separator in English.
		expect(read('1.500', 'en')).toBe('1.50');
		expect(issues('1,500', 'en')).toEqual(ambiguous('1.5', '1500'));
		expect(issues('1,500,000.01', 'en')).toEqual([
			{ path: ['a'], code: 'too-large', values: { maximum: 1_000_000 } }
		]);
	});

	it('without a language (a program, an attribute): no thousands separators, as in JSON', () => {
		expect(money(parseAmount('1.500', ['a']))).toBe('1.50');
		expect(money(parseAmount('1,500', ['a']))).toBe('1.50');
		expect(money(parseAmount('1 500', ['a']))).toBe('1500.00');
		expect(issues('1.500.000', undefined)[0]?.code).toBe('not-a-number');
	});

	it('counts read the same way: "1.500" months is 1500 in Dutch, "2.000" years is ambiguous', () => {
		const count = (value: string, lang: 'nl' | 'fr' | 'en') =>
			issuesOf(() => parseWholeNumber(value, ['n'], { minimum: 0, maximum: 1200 }, lang));
		expect(count('1.500', 'nl')).toEqual([
			{ path: ['n'], code: 'too-large', values: { maximum: 1200 } }
		]);
		expect(count('2.000', 'fr')).toEqual([
			{ path: ['n'], code: 'ambiguous', values: { kind: 'count', first: '2', second: '2000' } }
		]);
		expect(parseWholeNumber('1,000', ['n'], { minimum: 0, maximum: 1200 }, 'nl')).toBe(1);
		expect(parseWholeNumber('1 000', ['n'], { minimum: 0, maximum: 1200 }, 'fr')).toBe(1000);
		expect(count('1,5', 'en')).toEqual([{ path: ['n'], code: 'not-an-integer' }]);
	});

	it('a length limit before any reading: "2.5" and 160,000 zeros is refused at once', () => {
		const huge = '2.5' + '0'.repeat(160_000);
		const started = performance.now();
		for (const lang of ['nl', 'fr', 'en'] as const) {
			expect(issues(huge, lang)).toEqual([
				{ path: ['a'], code: 'too-long', values: { maximum: MAXIMUM_TEXT_LENGTH } }
			]);
		}
		expect(issuesOf(() => parseInput(amountSchema, huge, ['a'], 'nl'))).toEqual([
			{ path: ['a'], code: 'too-long', values: { maximum: MAXIMUM_TEXT_LENGTH } }
		]);
		// Was 28 s; a generous bound that still fails a quadratic reader on this machine.
		expect(performance.now() - started).toBeLessThan(1000);
		expect(MAXIMUM_TEXT_LENGTH).toBe(32);
		expect(issues(' '.repeat(19) + '1234567890123', 'nl')).toEqual([
			{ path: ['a'], code: 'too-large', values: { maximum: 1_000_000 } }
		]);
	});
});

describe('parseAmount edge cases', () => {
	it('an empty string is required; NaN and Infinity are not numbers; 2.505 has too many decimals', () => {
		expect(issuesOf(() => parseAmount(' ', ['x']))).toEqual([{ path: ['x'], code: 'required' }]);
		const notANumber = [{ path: ['x'], code: 'not-a-number', values: { kind: 'amount' } }];
		expect(issuesOf(() => parseAmount(Number.NaN, ['x']))).toEqual(notANumber);
		expect(issuesOf(() => parseAmount(Infinity, ['x']))).toEqual(notANumber);
		expect(issuesOf(() => parseAmount(true, ['x']))).toEqual(notANumber);
		expect(issuesOf(() => parseAmount('2.505', ['x']))).toEqual([
			{ path: ['x'], code: 'too-many-decimals', values: { decimals: 2 } }
		]);
	});
});

describe('counts and ages', () => {
	const months = (value: unknown) => parseInput(countSchema(0, 1200), value, ['months']);
	const monthIssues = (value: unknown) => issuesOf(() => months(value));

	it('accepts whole numbers and digit strings', () => {
		expect(months(12)).toBe(12);
		expect(months(' 12 ')).toBe(12);
		expect(months('0')).toBe(0);
	});

	it('refuses fractions, words, negatives and too much', () => {
		expect(monthIssues(11.5)).toEqual([{ path: ['months'], code: 'not-an-integer' }]);
		expect(monthIssues('11,5')).toEqual([{ path: ['months'], code: 'not-an-integer' }]);
		expect(monthIssues('twelve')).toEqual([
			{ path: ['months'], code: 'not-a-number', values: { kind: 'count' } }
		]);
		expect(monthIssues(Number.NaN)).toEqual([{ path: ['months'], code: 'not-a-number' }]);
		expect(monthIssues(-1)).toEqual([
			{ path: ['months'], code: 'too-small', values: { minimum: 0 } }
		]);
		expect(monthIssues('-1')).toEqual([
			{ path: ['months'], code: 'too-small', values: { minimum: 0 } }
		]);
		expect(monthIssues(1201)).toEqual([
			{ path: ['months'], code: 'too-large', values: { maximum: 1200 } }
		]);
		expect(monthIssues('1201')).toEqual([
			{ path: ['months'], code: 'too-large', values: { maximum: 1200 } }
		]);
		expect(monthIssues('')).toEqual([{ path: ['months'], code: 'required' }]);
	});

	it('takes an age 0–120 or a birth date', () => {
		const age = (value: unknown, date = '2025-03-01') =>
			resolveAge(parseInput(ageSchema, value, ['age']), date, ['age']);
		expect(age(0)).toBe(0);
		expect(age(120)).toBe(120);
		expect(age({ birthDate: '2013-03-01' })).toBe(12);
		expect(age({ birthDate: '2013-03-02' })).toBe(11);
		expect(issuesOf(() => age(121))).toEqual([
			{ path: ['age'], code: 'too-large', values: { maximum: 120 } }
		]);
		expect(issuesOf(() => age({ birthDate: '1900-01-01' }))).toEqual([
			{ path: ['age'], code: 'too-large', values: { maximum: 120 } }
		]);
		expect(issuesOf(() => age({ birthDate: '2025-03-02' }))).toEqual([
			{ path: ['age', 'birthDate'], code: 'too-large', values: { maximum: '2025-03-01' } }
		]);
		expect(issuesOf(() => age({ birthDate: '2025-02-30' }))).toEqual([
			{ path: ['age', 'birthDate'], code: 'invalid-date' }
		]);
		expect(issuesOf(() => age({ born: '2000-01-01' }))).toEqual([
			{ path: ['age', 'birthDate'], code: 'required' },
			{ path: ['age', 'born'], code: 'unknown-key' }
		]);
		expect(issuesOf(() => age(true))).toEqual([{ path: ['age'], code: 'invalid' }]);
		expect(issuesOf(() => age(undefined))).toEqual([{ path: ['age'], code: 'required' }]);
	});
});

describe('dates', () => {
	it('validates real calendar dates only', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2025-02-29')).toBe(false);
		expect(isIsoDate('2025-02-30')).toBe(false);
		expect(isIsoDate('2025-2-3')).toBe(false);
		expect(isIsoDate(20250203)).toBe(false);
	});

	it('takes today in Brussels, not in UTC', () => {
		// 23:30 UTC on 31 December is already 1 January in Brussels (UTC+1 in winter).
		expect(todayInBrussels(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
		// 21:59 UTC on 30 June is 23:59 in Brussels (UTC+2 in summer).
		expect(todayInBrussels(new Date('2025-06-30T21:59:00Z'))).toBe('2025-06-30');
		expect(referenceDate(undefined)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(referenceDate('2025-03-01')).toBe('2025-03-01');
		expect(issuesOf(() => referenceDate('2025-13-01'))).toEqual([
			{ path: ['date'], code: 'invalid-date' }
		]);
	});

	it('counts a birthday from its own day, and 29 February from 1 March', () => {
		expect(ageOn('2012-06-15', '2024-06-14')).toBe(11);
		expect(ageOn('2012-06-15', '2024-06-15')).toBe(12);
		expect(ageOn('2012-02-29', '2025-02-28')).toBe(12);
		expect(ageOn('2012-02-29', '2025-03-01')).toBe(13);
		expect(ageOn('2025-03-02', '2025-03-01')).toBe(-1);
	});

	it('unknown keys are refused one by one', () => {
		expect(
			issuesOf(() => parseInput(z.strictObject({ a: z.optional(z.number()) }), { b: 1, c: 2 }))
		).toEqual([
			{ path: ['b'], code: 'unknown-key' },
			{ path: ['c'], code: 'unknown-key' }
		]);
	});
});

describe('toCalcIssues on plain zod schemas', () => {
	const issues = (schema: z.ZodMiniType, value: unknown) =>
		toCalcIssues(schema.safeParse(value, { reportInput: true }).error!, ['field']);

	it('maps each zod issue to a stable code at the field’s path', () => {
		expect(issues(z.iso.date(), '2025-02-30')).toEqual([{ path: ['field'], code: 'invalid-date' }]);
		expect(issues(z.string().check(z.regex(/^a$/)), 'b')).toEqual([
			{ path: ['field'], code: 'invalid' }
		]);
		expect(issues(z.number().check(z.multipleOf(1)), 1.5)).toEqual([
			{ path: ['field'], code: 'not-an-integer' }
		]);
		expect(issues(z.number().check(z.gte(2)), 1)).toEqual([
			{ path: ['field'], code: 'too-small', values: { minimum: 2 } }
		]);
		expect(issues(z.number().check(z.lte(2)), 3)).toEqual([
			{ path: ['field'], code: 'too-large', values: { maximum: 2 } }
		]);
		expect(issues(z.enum(['a', 'b']), 'c')).toEqual([{ path: ['field'], code: 'unknown-value' }]);
		expect(issues(z.number(), 'x')).toEqual([{ path: ['field'], code: 'invalid' }]);
		expect(issues(z.number(), undefined)).toEqual([{ path: ['field'], code: 'required' }]);
		expect(issues(z.string().check(z.minLength(2)), ' ')).toEqual([
			{ path: ['field'], code: 'required' }
		]);
		expect(issues(z.union([z.number(), z.boolean()]), 'x')).toEqual([
			{ path: ['field'], code: 'invalid' }
		]);
		expect(
			issues(
				z.string().check(z.refine(() => false, { error: 'too-large', params: { maximum: 3 } })),
				'x'
			)
		).toEqual([{ path: ['field'], code: 'too-large', values: { maximum: 3 } }]);
		expect(issues(z.string().check(z.refine(() => false, { error: 'not-a-number' })), 'x')).toEqual(
			[{ path: ['field'], code: 'not-a-number' }]
		);
	});

	it('takes a list of issues as well as a ZodError, and keeps every issue', () => {
		const error = z.strictObject({ a: z.number(), b: z.number() }).safeParse(
			{ a: 'x', b: 'y' },
			{
				reportInput: true
			}
		).error!;
		expect(toCalcIssues(error.issues)).toEqual([
			{ path: ['a'], code: 'invalid' },
			{ path: ['b'], code: 'invalid' }
		]);
	});
});

describe('whole numbers: minus zero', () => {
	it('reads -0 and "-0" as 0, so a result survives JSON unchanged', () => {
		const schema = countSchema(0, 10);
		expect(Object.is(parseInput(schema, -0), 0)).toBe(true);
		expect(Object.is(parseInput(schema, '-0'), 0)).toBe(true);
	});
});

import { describe, expect, it } from 'vitest';
import { CalcInputError, type CalcIssue } from '../errors';
import { leefloonAmount } from '../leefloon';
import { DIRECTORY } from './directory';
import { findHelp, type Profile } from './find-help';

/** Alleenstaand: 1,314.20 € a month from 2025-02-01 (tests/fixtures/sources/README.md). */
const SINGLE = 'single';

const issuesOf = (run: () => unknown): CalcIssue[] => {
	try {
		run();
	} catch (error) {
		if (error instanceof CalcInputError) return error.issues;
		throw error;
	}
	throw new Error('no CalcInputError');
};

const fitOf = (id: string, profile: Profile, date = '2025-03-01') =>
	findHelp(profile, { date }).services.find((s) => s.id === id)?.fit;

describe('findHelp', () => {
	it('returns every service; an empty profile makes nothing unlikely', () => {
		const { services, date } = findHelp({}, { date: '2025-03-01' });
		expect(date).toBe('2025-03-01');
		expect(services).toHaveLength(DIRECTORY.length);
		expect(services.filter((s) => s.fit === 'unlikely')).toEqual([]);
	});

	it('accepts an age as a string of digits', () => {
		const { services } = findHelp({ age: '26', municipality: 'brussels-city' });
		expect(services.find((s) => s.id === 'brussels-youth')?.fit).toBe('unlikely');
	});

	it('works without options (today in Brussels) and without a profile', () => {
		expect(findHelp().date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('lists likely services first, then maybe, then unlikely', () => {
		const fits = findHelp({ municipality: 'other', age: 30 }).services.map((s) => s.fit);
		const order = { likely: 0, maybe: 1, unlikely: 2 };
		expect(fits).toEqual([...fits].sort((a, b) => order[a] - order[b]));
		expect(fits).toContain('unlikely');
	});

	it('women aged 18 to 50 without children or housing: Accueil Montfort is likely', () => {
		const result = findHelp({ gender: 'woman', age: 50, hasChildren: false, homeless: true });
		const montfort = result.services.find((s) => s.id === 'accueil-montfort-shelter');
		expect(montfort?.fit).toBe('likely');
		expect(montfort?.reasons.map((r) => r.code)).toEqual([
			'for-women',
			'age-range',
			'without-children',
			'homeless'
		]);
	});
});

describe('findHelp: the OCMW restaurant derogation, income compared exactly', () => {
	const base = {
		municipality: 'jette',
		receivesLeefloon: false,
		leefloonCategory: SINGLE
	} as const;

	it('the single leefloon on the date of these cases is 1,314.20 €, as the sources say', () => {
		expect(leefloonAmount(SINGLE, '2025-03-01').amount).toBe('1314.20');
	});

	it('an income exactly at the leefloon, with a decimal comma: likely', () => {
		expect(fitOf('ocmw-jette-social-restaurant', { ...base, monthlyNetIncome: '1314,20' })).toBe(
			'likely'
		);
		expect(fitOf('ocmw-jette-social-restaurant', { ...base, monthlyNetIncome: 1314.2 })).toBe(
			'likely'
		);
	});

	it('one cent above: unlikely', () => {
		expect(fitOf('ocmw-jette-social-restaurant', { ...base, monthlyNetIncome: '1314.21' })).toBe(
			'unlikely'
		);
	});

	it('uses the amount valid on the date: 1,288.46 before 2025-02-01', () => {
		const profile = { ...base, monthlyNetIncome: '1300' };
		expect(fitOf('ocmw-jette-social-restaurant', profile, '2025-01-31')).toBe('unlikely');
		expect(fitOf('ocmw-jette-social-restaurant', profile, '2025-02-01')).toBe('likely');
	});

	it('refuses to compare an income on a date before the first known amounts', () => {
		expect(() => findHelp({ monthlyNetIncome: '900' }, { date: '2024-04-30' })).toThrow(
			CalcInputError
		);
		// Without an income there is nothing to compare: any valid date is fine.
		expect(findHelp({}, { date: '2020-01-01' }).services).toHaveLength(DIRECTORY.length);
	});
});

describe('findHelp: invalid input', () => {
	it.each<[string, unknown, CalcIssue[]]>([
		['a fractional age', { age: 30.5 }, [{ path: ['age'], code: 'not-an-integer' }]],
		['a negative age', { age: -1 }, [{ path: ['age'], code: 'too-small', values: { minimum: 0 } }]],
		[
			'an age over 120',
			{ age: 121 },
			[{ path: ['age'], code: 'too-large', values: { maximum: 120 } }]
		],
		[
			'an age as text',
			{ age: 'thirty' },
			[{ path: ['age'], code: 'not-a-number', values: { kind: 'count' } }]
		],
		['an age as a fraction in text', { age: '30,5' }, [{ path: ['age'], code: 'not-an-integer' }]],
		['an unknown gender', { gender: 'x' }, [{ path: ['gender'], code: 'unknown-value' }]],
		[
			'an unknown municipality',
			{ municipality: 'gent' },
			[{ path: ['municipality'], code: 'unknown-value' }]
		],
		['a yes/no as text', { homeless: 'yes' }, [{ path: ['homeless'], code: 'invalid' }]],
		['an unknown key', { pets: 2 }, [{ path: ['pets'], code: 'unknown-key' }]],
		[
			'an unknown leefloon category',
			{ leefloonCategory: 'rich' },
			[{ path: ['leefloonCategory'], code: 'unknown-value' }]
		]
	])('%s', (_name, profile, expected) => {
		expect(issuesOf(() => findHelp(profile as Profile, { date: '2025-03-01' }))).toEqual(expected);
	});

	it('an income that is not an amount', () => {
		const issues = issuesOf(() => findHelp({ monthlyNetIncome: 'lots' }, { date: '2025-03-01' }));
		expect(issues[0]?.path).toEqual(['monthlyNetIncome']);
	});

	it('a negative income', () => {
		const issues = issuesOf(() => findHelp({ monthlyNetIncome: '-1' }, { date: '2025-03-01' }));
		expect(issues[0]).toMatchObject({ path: ['monthlyNetIncome'], code: 'too-small' });
	});

	it('a profile that is not an object', () => {
		expect(issuesOf(() => findHelp(null as unknown as Profile))).toEqual([
			{ path: [], code: 'invalid' }
		]);
	});

	it.each(['2025-02-30', '1-1-2025', 'today'])('an invalid date: %s', (date) => {
		expect(issuesOf(() => findHelp({}, { date }))).toEqual([
			{ path: ['date'], code: 'invalid-date' }
		]);
	});
});

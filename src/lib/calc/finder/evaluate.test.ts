import { describe, expect, it } from 'vitest';
import { DIRECTORY } from './directory';
import { evaluateEntry, fitOf, type IncomeCheck, type ResolvedProfile } from './evaluate';
import { decimal } from '../money';
import type { Entry } from './schema';

const entry = (id: string): Entry => {
	const found = DIRECTORY.find((e) => e.id === id);
	if (!found) throw new Error(`no entry ${id}`);
	return found;
};

/** Leefloon amounts from 2025-02-01 (shared/sources/README.md). */
const LEEFLOON_2025 = [
	{ category: 'cohabiting', amount: '876.13' },
	{ category: 'single', amount: '1314.20' },
	{ category: 'family', amount: '1776.07' }
];
const income = (amount: string, category?: string): IncomeCheck => ({
	income: decimal(amount),
	leefloon: category ? LEEFLOON_2025.filter((l) => l.category === category) : LEEFLOON_2025
});

const jette = { municipality: 'jette' } as const;
const city = { municipality: 'brussels-city' } as const;

/**
 * For each service with hard criteria: the best answers can make it (likely, or maybe where a
 * condition stays to ask), and answers that make it unlikely.
 */
const CASES: Record<
	string,
	{ likely?: ResolvedProfile; maybe?: ResolvedProfile; unlikely: ResolvedProfile }
> = {
	'accueil-montfort-shelter': {
		likely: { gender: 'woman', age: 30, hasChildren: false, homeless: true },
		unlikely: { gender: 'woman', age: 51, hasChildren: false, homeless: true }
	},
	'la-source': { likely: { homeless: true }, unlikely: { homeless: false } },
	ariane: { likely: { homeless: true }, unlikely: { homeless: false } },
	transit: { maybe: { addiction: true }, unlikely: { addiction: false } },
	'ocmw-jette-social-restaurant': {
		likely: { ...jette, receivesLeefloon: true },
		unlikely: { ...jette, receivesLeefloon: false, income: income('1314.21', 'single') }
	},
	'jette-disability-application-help': {
		likely: { ...jette, disability: true },
		unlikely: { ...jette, disability: false }
	},
	'taxi-cheques': {
		likely: { ...jette, disability: true },
		unlikely: { municipality: 'other', disability: true }
	},
	'ocmw-jette-home-help': {
		likely: { ...jette, needsHelpAtHome: true },
		unlikely: { ...jette, needsHelpAtHome: false }
	},
	'ocmw-jette-meals-at-home': {
		likely: { ...jette, needsHelpAtHome: true },
		unlikely: { ...jette, needsHelpAtHome: false }
	},
	'centre-entraide-family-help': {
		likely: { needsHelpAtHome: true },
		unlikely: { needsHelpAtHome: false }
	},
	'iris-rest-home-meals': {
		likely: { needsHelpAtHome: true },
		unlikely: { needsHelpAtHome: false }
	},
	'wit-gele-kruis': { likely: { needsHelpAtHome: true }, unlikely: { needsHelpAtHome: false } },
	'soins-chez-soi': { likely: { needsHelpAtHome: true }, unlikely: { needsHelpAtHome: false } },
	aremis: { maybe: { needsHelpAtHome: true }, unlikely: { needsHelpAtHome: false } },
	'continuing-care': { maybe: { needsHelpAtHome: true }, unlikely: { needsHelpAtHome: false } },
	'brussels-youth': { likely: { ...city, age: 18 }, unlikely: { ...city, age: 26 } },
	'brussels-miriam': {
		likely: { ...city, gender: 'woman', singleParent: true, hasChildren: true },
		unlikely: { ...city, gender: 'woman', singleParent: false, hasChildren: true }
	},
	'brussels-addiction-support': {
		likely: { ...city, addiction: true },
		unlikely: { ...city, addiction: false }
	},
	'brussels-return-migration': {
		likely: { ...city, hasResidencePermit: false },
		unlikely: { ...city, hasResidencePermit: true }
	},
	'brussels-urgent-medical-aid': {
		likely: { ...city, hasResidencePermit: false },
		unlikely: { ...city, hasResidencePermit: true }
	}
};

describe('every service with criteria', () => {
	it('has a likely and an unlikely case below', () => {
		const withCriteria = DIRECTORY.filter((e) => {
			const { mainly: _mainly, openToAll: _open, conditions: _ask, ...hard } = e.criteria;
			return Object.keys(hard).length > 0;
		}).map((e) => e.id);
		expect(new Set(Object.keys(CASES))).toEqual(new Set(withCriteria));
	});

	it.each(Object.entries(CASES))('%s', (id, { likely, maybe, unlikely }) => {
		if (likely) expect(evaluateEntry(entry(id), likely).fit).toBe('likely');
		if (maybe) expect(evaluateEntry(entry(id), maybe).fit).toBe('maybe');
		const result = evaluateEntry(entry(id), unlikely);
		expect(result.fit).toBe('unlikely');
		expect(result.reasons.some((r) => r.status === 'not-met')).toBe(true);
	});

	it('a condition the finder does not ask keeps a service at maybe, never unlikely', () => {
		const asking = DIRECTORY.filter((e) => e.criteria.conditions !== undefined);
		expect(asking.map((e) => e.id)).toContain('de-engelbewaarder');
		for (const e of asking) {
			expect(evaluateEntry(e, { ...jette, needsHelpAtHome: true }).fit).not.toBe('likely');
		}
		// Receiving the leefloon settles "for people who receive social help".
		expect(evaluateEntry(entry('ocmw-jette-employment-cell'), { receivesLeefloon: true }).fit).toBe(
			'likely'
		);
	});

	it('an empty profile makes nothing unlikely', () => {
		for (const e of DIRECTORY) expect(evaluateEntry(e, {}).fit).not.toBe('unlikely');
	});
});

describe('reasons', () => {
	it('says which answer rules Accueil Montfort out, and the age range', () => {
		const { reasons } = evaluateEntry(entry('accueil-montfort-shelter'), {
			gender: 'woman',
			age: 30,
			hasChildren: true
		});
		expect(reasons).toEqual([
			{ code: 'for-women', status: 'met' },
			{ code: 'age-range', status: 'met', values: { min: 18, max: 50 } },
			{ code: 'without-children', status: 'not-met' },
			{ code: 'homeless', status: 'unknown' }
		]);
	});

	it('ages exactly 18 and 50 fit Accueil Montfort; 17 does not', () => {
		const base = { gender: 'woman', hasChildren: false, homeless: true } as const;
		expect(evaluateEntry(entry('accueil-montfort-shelter'), { ...base, age: 18 }).fit).toBe(
			'likely'
		);
		expect(evaluateEntry(entry('accueil-montfort-shelter'), { ...base, age: 50 }).fit).toBe(
			'likely'
		);
		expect(evaluateEntry(entry('accueil-montfort-shelter'), { ...base, age: 17 }).fit).toBe(
			'unlikely'
		);
	});

	it('gender "other" neither promises nor rules out a service for women', () => {
		expect(evaluateEntry(entry('brussels-miriam'), { ...city, gender: 'other' }).fit).toBe('maybe');
	});

	it('a partial answer gives maybe', () => {
		expect(evaluateEntry(entry('brussels-youth'), { ...city }).fit).toBe('maybe');
		expect(evaluateEntry(entry('accueil-montfort-shelter'), { gender: 'woman' }).fit).toBe('maybe');
	});

	it('a service with no criteria is likely (for a stated need); Restojet is open to all', () => {
		expect(evaluateEntry(entry('ocmw-jette-specific-help'), {}).fit).toBe('likely');
		expect(evaluateEntry(entry('ocmw-jette-specific-help'), {}, false).fit).toBe('maybe');
		expect(evaluateEntry(entry('restojet'), {}).reasons).toEqual([
			{ code: 'open-to-all', status: 'met' }
		]);
	});

	it('"mainly for" a group the person is not in: maybe, never likely nor unlikely', () => {
		const impulsion = entry('impulsion');
		const young = evaluateEntry(impulsion, { age: 30, longTermUnemployed: false });
		expect(young.fit).toBe('maybe');
		expect(young.reasons[0]).toEqual({
			code: 'long-term-unemployed-50-plus',
			status: 'not-met',
			mainly: true,
			values: { min: 50 }
		});
		const older = evaluateEntry(impulsion, { age: 50, longTermUnemployed: true });
		expect(older.reasons[0]?.status).toBe('met');
		expect(evaluateEntry(impulsion, { age: 50, longTermUnemployed: true }).fit).toBe('likely');
		expect(evaluateEntry(entry('arbre-de-vie'), { gender: 'man' }).fit).toBe('maybe');
	});

	it('fitOf: not-met wins, then unknown, then likely', () => {
		expect(fitOf([])).toBe('likely');
		expect(
			fitOf([
				{ code: 'homeless', status: 'unknown' },
				{ code: 'addiction', status: 'not-met' }
			])
		).toBe('unlikely');
	});
});

describe('the OCMW restaurant: leefloon, or an income at the leefloon (derogation)', () => {
	const restaurant = entry('ocmw-jette-social-restaurant');
	const fit = (profile: ResolvedProfile) => evaluateEntry(restaurant, { ...jette, ...profile });

	it('an income exactly at the leefloon (single, 1314.20) is met by the derogation', () => {
		const result = fit({ receivesLeefloon: false, income: income('1314.20', 'single') });
		expect(result.fit).toBe('likely');
		expect(result.reasons[0]).toEqual({
			code: 'income-at-most-leefloon',
			status: 'met',
			values: { leefloon: '1314.20', category: 'single' }
		});
	});

	it('one cent above is not, once "receives the leefloon" is answered no', () => {
		expect(fit({ receivesLeefloon: false, income: income('1314.21', 'single') }).fit).toBe(
			'unlikely'
		);
		// Unanswered: the income alone does not rule it out.
		expect(fit({ income: income('1314.21', 'single') }).fit).toBe('maybe');
	});

	it('without a category, decides only below or above every category', () => {
		expect(fit({ receivesLeefloon: false, income: income('876.13') }).fit).toBe('likely');
		expect(fit({ receivesLeefloon: false, income: income('1000') }).fit).toBe('maybe');
		expect(fit({ receivesLeefloon: false, income: income('1776.08') }).fit).toBe('unlikely');
	});

	it('receiving the leefloon is enough, whatever the income', () => {
		expect(fit({ receivesLeefloon: true, income: income('5000', 'single') }).fit).toBe('likely');
	});
});

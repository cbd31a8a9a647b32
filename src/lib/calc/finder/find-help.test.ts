import { describe, expect, it } from 'vitest';
import { CalcInputError, type CalcIssue } from '../errors';
import { leefloonAmount } from '../leefloon';
import { DIRECTORY } from './directory';
import { findHelp, groupResults, nextSteps, type Profile } from './find-help';

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

	it('without a stated need, nothing is likely', () => {
		const fits = findHelp({ municipality: 'jette', age: 30 }).services.map((s) => s.fit);
		expect(fits).not.toContain('likely');
		expect(fits).toContain('unlikely');
	});

	it('women aged 18 to 50 without children or housing: Accueil Montfort is likely', () => {
		const result = findHelp({
			needs: ['shelter'],
			gender: 'woman',
			age: 50,
			hasChildren: false,
			homeless: true
		});
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
		needs: ['meals'],
		municipality: 'jette',
		receivesLeefloon: false,
		leefloonCategory: SINGLE
	} satisfies Profile;

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
			{ path: ['profile'], code: 'invalid' }
		]);
	});

	it.each<[string, unknown, CalcIssue[]]>([
		['null options', null, [{ path: ['options'], code: 'invalid' }]],
		['options as text', 'today', [{ path: ['options'], code: 'invalid' }]],
		['an unknown option', { language: 'nl' }, [{ path: ['language'], code: 'unknown-key' }]],
		['a directory that is not one', { directory: [] }, [{ path: ['directory'], code: 'invalid' }]]
	])('%s', (_name, options, expected) => {
		expect(issuesOf(() => findHelp({}, options as never))).toEqual(expected);
	});

	it('an unknown need', () => {
		expect(issuesOf(() => findHelp({ needs: ['nappies'] } as unknown as Profile))).toEqual([
			{ path: ['needs', 0], code: 'unknown-value' }
		]);
	});

	it.each(['2025-02-30', '1-1-2025', 'today'])('an invalid date: %s', (date) => {
		expect(issuesOf(() => findHelp({}, { date }))).toEqual([
			{ path: ['date'], code: 'invalid-date' }
		]);
	});
});

const TODAY = { date: '2026-12-02' };
const top5 = (profile: Profile) =>
	findHelp(profile, TODAY)
		.services.slice(0, 5)
		.map((s) => s.id);

describe('the three people of the issue: what a social worker names first is in the top 5', () => {
	it('a 30-year-old single mother in Jette on the leefloon (food, money, children)', () => {
		const best = top5({
			needs: ['food', 'money', 'family'],
			age: 30,
			gender: 'woman',
			municipality: 'jette',
			hasChildren: true,
			singleParent: true,
			receivesLeefloon: true
		});
		expect(best).toEqual(
			expect.arrayContaining([
				'centre-entraide-food-aid',
				'arbre-de-vie',
				'ocmw-jette-regular-support'
			])
		);
		// Not a pension application, community sentences, a therapeutic house, or Impulsion.
		for (const id of [
			'jette-pension-application',
			'prevention-team-alternative-sentences',
			'cite-serine',
			'impulsion'
		]) {
			expect(best).not.toContain(id);
		}
	});

	it('a 20-year-old homeless man in the City of Brussels (a bed, housing)', () => {
		const result = findHelp(
			{
				needs: ['shelter', 'housing'],
				age: 20,
				gender: 'man',
				municipality: 'brussels-city',
				homeless: true,
				hasChildren: false
			},
			TODAY
		);
		const best = result.services.slice(0, 5).map((s) => s.id);
		expect(best).toEqual(expect.arrayContaining(['brussels-youth', 'ariane', 'la-source']));
		expect(best).not.toContain('jette-savings-loan-group');
		// A shelter for women only is ruled out, and listed after every possible service.
		const montfort = result.services.find((s) => s.id === 'accueil-montfort-shelter')!;
		expect(montfort.fit).toBe('unlikely');
		expect(groupResults(result.services).unlikely.map((s) => s.id)).toContain(
			'accueil-montfort-shelter'
		);
	});

	it('a 70-year-old in Jette who needs help at home', () => {
		const result = findHelp(
			{
				needs: ['home-help'],
				age: 70,
				municipality: 'jette',
				homeless: false,
				needsHelpAtHome: true
			},
			TODAY
		);
		const best = result.services.slice(0, 5).map((s) => s.id);
		expect(best.slice(0, 2)).toEqual(['ocmw-jette-home-help', 'centre-entraide-family-help']);
		const fit = (id: string) => result.services.find((s) => s.id === id)!.fit;
		// He has a home: the emergency shelter and La Source are not for him.
		expect(fit('ariane')).toBe('unlikely');
		expect(fit('la-source')).toBe('unlikely');
		// Job seeking serves no need he stated.
		expect(result.services.find((s) => s.id === 'impulsion')!.needsMatched).toEqual([]);
	});
});

describe('needs, fit and order', () => {
	it('each service names the stated needs it serves, in the order stated', () => {
		const specific = findHelp({ needs: ['health', 'housing', 'money'] }, TODAY).services.find(
			(s) => s.id === 'ocmw-jette-specific-help'
		)!;
		expect(specific.needsMatched).toEqual(['health', 'housing', 'money']);
		expect(findHelp({}, TODAY).services.every((s) => s.needsMatched.length === 0)).toBe(true);
	});

	it('more needs served first; among equals likely before maybe; unlikely last', () => {
		const { services } = findHelp({ needs: ['shelter', 'addiction'], addiction: true }, TODAY);
		// Transit serves both needs (a shelter for drug users): first although only "maybe".
		expect(services[0]!.id).toBe('transit');
		expect(services[0]!.fit).toBe('maybe');
		const fits = services.map((s) => s.fit);
		expect(
			fits.indexOf('unlikely') === -1 ||
				fits.slice(fits.indexOf('unlikely')).every((f) => f === 'unlikely')
		).toBe(true);
	});

	it("a service for the person's own group comes before a general one (youth for a 20-year-old)", () => {
		const ids = findHelp(
			{ needs: ['training'], age: 20, municipality: 'brussels-city' },
			TODAY
		).services.map((s) => s.id);
		expect(ids.indexOf('brussels-youth')).toBeLessThan(ids.indexOf('brussels-training'));
	});

	it('"mainly for" a group the person is not in: maybe, never likely (Impulsion at 30)', () => {
		const impulsion = findHelp(
			{ needs: ['work'], age: 30, longTermUnemployed: false },
			TODAY
		).services.find((s) => s.id === 'impulsion')!;
		expect(impulsion.fit).toBe('maybe');
		expect(impulsion.reasons.find((r) => r.code === 'long-term-unemployed-50-plus')?.status).toBe(
			'not-met'
		);
	});

	it('Transit is for drug users: no addiction rules it out, an addiction leaves it to ask', () => {
		expect(fitOf('transit', { needs: ['shelter'], addiction: false })).toBe('unlikely');
		expect(fitOf('transit', { needs: ['shelter'], addiction: true })).toBe('maybe');
	});

	it("L'Arbre de Vie, mainly for mothers: a father gets maybe with the reason, never likely", () => {
		const father: Profile = { needs: ['family'], gender: 'man', hasChildren: true };
		expect(fitOf('arbre-de-vie', father)).toBe('maybe');
	});
});

describe('residence: asked, not assumed', () => {
	it('a Brussels resident gets "maybe, ask" for a Jette OCMW service, never unlikely', () => {
		const service = findHelp(
			{ needs: ['debt'], municipality: 'brussels-city' },
			TODAY
		).services.find((s) => s.id === 'ocmw-jette-debt-mediation')!;
		expect(service.fit).toBe('maybe');
		expect(service.reasons).toEqual([
			{ code: 'ask-residence', status: 'unknown', values: { municipality: 'jette' } }
		]);
	});

	it('no residence question for someone who lives there, or who did not say', () => {
		expect(fitOf('ocmw-jette-debt-mediation', { needs: ['debt'], municipality: 'jette' })).toBe(
			'likely'
		);
		expect(fitOf('ocmw-jette-debt-mediation', { needs: ['debt'] })).toBe('likely');
	});

	it('no service of the City of Brussels is unlikely for someone from Jette', () => {
		const { services } = findHelp(
			{ needs: ['housing', 'work', 'training', 'debt'], municipality: 'jette' },
			TODAY
		);
		const city = services.filter((s) => s.entry.source.page === 'stad-brussel-sociale-actie');
		expect(city.filter((s) => s.fit === 'unlikely')).toEqual([]);
	});

	it('the taxi-cheques, for "De Jettenaren": unlikely for someone from elsewhere', () => {
		expect(
			fitOf('taxi-cheques', { needs: ['mobility'], municipality: 'other', disability: true })
		).toBe('unlikely');
		expect(
			fitOf('taxi-cheques', { needs: ['mobility'], municipality: 'jette', disability: true })
		).toBe('likely');
	});
});

describe('groups and next steps', () => {
	const { services } = findHelp(
		{ needs: ['health', 'home-help'], age: 70, homeless: false },
		TODAY
	);

	it('Best for you: at most 5 possible services; Also possible: the rest; both serve a need', () => {
		const groups = groupResults(services);
		expect(groups.best).toHaveLength(5);
		expect([...groups.best, ...groups.also].every((s) => s.fit !== 'unlikely')).toBe(true);
		expect(
			[...groups.best, ...groups.also, ...groups.unlikely].every((s) => s.needsMatched.length > 0)
		).toBe(true);
		expect([...groups.best, ...groups.also]).toEqual(
			services.filter((s) => s.needsMatched.length > 0 && s.fit !== 'unlikely')
		);
	});

	it('next steps: likely and maybe for the stated needs, at most 8, in the same order', () => {
		const steps = nextSteps(services);
		expect(steps).toHaveLength(8);
		expect(steps).toEqual(
			groupResults(services).best.concat(groupResults(services).also).slice(0, 8)
		);
		expect(nextSteps(findHelp({}, TODAY).services)).toEqual([]);
	});
});

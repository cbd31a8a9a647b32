import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodeSession,
	encodeSession,
	encodeVersion,
	MAXIMUM_EXPANDED_BYTES,
	MAXIMUM_LINK_CHARACTERS
} from './codec';
import { mealsPerMonthFromWeekly } from '../calc/meal-cost';
import { weeklyFromMonthly, type SessionV1, type SessionV2 } from './migrate';
import { emptySession, SESSION_VERSION, sessionSchema, type SessionState } from './state';

/** Amounts as the session keeps them: plain decimals, a point, at most two decimals. */
const amount = fc
	.tuple(fc.integer({ min: 0, max: 999999 }), fc.integer({ min: 0, max: 99 }))
	.map(([units, cents]) => `${units}.${String(cents).padStart(2, '0')}`);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Any valid session state, optional fields present or absent. */
const sessionArbitrary: fc.Arbitrary<SessionState> = fc
	.record({
		residentLang: fc.constantFrom('nl', 'fr', 'en'),
		date: maybe(
			fc
				.date({ min: new Date('2024-05-01'), max: new Date('2030-12-31'), noInvalidDate: true })
				.map((d) => d.toISOString().slice(0, 10))
		),
		members: fc.array(fc.record({ age: fc.integer({ min: 0, max: 120 }) }), {
			minLength: 1,
			// The calculators' limits (issue 13): 30 persons, 31 meals a month, 1,200 months.
			maxLength: 30
		}),
		municipality: maybe(fc.constantFrom('jette', 'brussels-city', 'other')),
		income: fc.oneof(
			fc.record(
				{
					receivesLeefloon: fc.constant(true as const),
					leefloonCategory: fc.constantFrom('cohabiting', 'single', 'family')
				},
				{ requiredKeys: ['receivesLeefloon'] }
			),
			fc.record({
				receivesLeefloon: fc.constant(false as const),
				monthlyNetIncome: amount,
				leefloonCategory: fc.constantFrom('cohabiting', 'single', 'family')
			})
		),
		answers: fc.record(
			{
				gender: fc.constantFrom('woman', 'man', 'other'),
				singleParent: fc.boolean(),
				homeless: fc.boolean(),
				hasResidencePermit: fc.boolean(),
				disability: fc.boolean(),
				addiction: fc.boolean(),
				longTermUnemployed: fc.boolean(),
				needsHelpAtHome: fc.boolean()
			},
			{ requiredKeys: [] }
		),
		meals: fc.record({
			venue: fc.constantFrom('ocmw', 'restojet', 'engelbewaarder'),
			mealsPerWeek: fc
				.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('', '.5', '.25'))
				.map(([whole, part]) => `${whole}${part}`)
		}),
		savings: fc.record({
			monthlyAmount: amount,
			months: fc.integer({ min: 0, max: 1200 }),
			targetLoan: maybe(amount)
		}),
		done: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,40}$/), { maxLength: 30 })
	})
	.map((fields) => {
		// Absent optional fields are left out, as JSON would: no `key: undefined`.
		const state = JSON.parse(JSON.stringify({ v: SESSION_VERSION, ...fields }));
		return state as SessionState;
	});

describe('session link', () => {
	it('any valid session survives encode → URL → decode unchanged', async () => {
		await fc.assert(
			fc.asyncProperty(sessionArbitrary, async (state) => {
				const fragment = await encodeSession(state);
				const url = new URL(`https://example.org/nl/budgetgesprek/${fragment}`);
				const decoded = await decodeSession(url.hash);
				expect(decoded).toEqual({ ok: true, state });
			}),
			{ numRuns: 200 }
		);
	});

	it('writes only URL-safe characters after the version prefix', async () => {
		const fragment = await encodeSession(emptySession('nl'));
		expect(fragment).toMatch(/^#s3\.[A-Za-z0-9_-]+$/);
	});

	it('keeps a household of 10 members with every field filled under 2,000 characters', async () => {
		const state: SessionState = {
			...emptySession('fr'),
			date: '2026-11-22',
			members: [44, 41, 19, 17, 15, 12, 9, 6, 3, 1].map((age) => ({ age })),
			municipality: 'jette',
			income: { receivesLeefloon: false, monthlyNetIncome: '1776.07', leefloonCategory: 'family' },
			answers: {
				gender: 'woman',
				singleParent: true,
				homeless: false,
				hasResidencePermit: true,
				disability: false,
				addiction: false,
				longTermUnemployed: true,
				needsHelpAtHome: false
			},
			meals: { venue: 'ocmw', mealsPerWeek: '5' },
			savings: { monthlyAmount: '12.50', months: 8, targetLoan: '500' },
			done: [
				'ocmw-jette-social-service',
				'centre-entraide-food-aid',
				'restojet',
				'accueil-montfort'
			]
		};
		const url = `https://aid.example.be/fr/entretien-budget/${await encodeSession(state)}`;
		expect(url.length).toBeLessThan(2000);
		// Printed so the figure can be noted: the whole link, not only the fragment.
		console.info(`10-member session link: ${url.length} characters`);
	});

	it('refuses to encode an invalid state', async () => {
		const invalid = { ...emptySession(), members: [] } as SessionState;
		await expect(encodeSession(invalid)).rejects.toThrow();
	});
});

describe('damaged, tampered and old links', () => {
	it('a truncated link is reported as damaged, not thrown', async () => {
		const fragment = await encodeSession({
			...emptySession('nl'),
			members: [{ age: 30 }, { age: 4 }]
		});
		for (const cut of [1, 5, Math.floor(fragment.length / 2)]) {
			const result = await decodeSession(fragment.slice(0, fragment.length - cut));
			expect(result.ok).toBe(false);
		}
	});

	it('a tampered link never decodes to an unvalidated state', async () => {
		const fragment = await encodeSession(emptySession('en'));
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 4, max: fragment.length - 1 }),
				fc.constantFrom(...'AZaz09-_'),
				async (index, char) => {
					const tampered = fragment.slice(0, index) + char + fragment.slice(index + 1);
					const result = await decodeSession(tampered);
					if (result.ok) {
						// A flip that still inflates to valid data must give a fully valid session.
						expect(result.state.v).toBe(SESSION_VERSION);
						expect(result.state.members.length).toBeGreaterThan(0);
					} else {
						expect(['damaged', 'invalid']).toContain(result.problem);
					}
				}
			),
			{ numRuns: 100 }
		);
	});

	it('valid compression around invalid data is refused as invalid', async () => {
		const fragment = await encodeVersion(SESSION_VERSION, {
			...emptySession(),
			members: [{ age: -3 }]
		});
		expect(await decodeSession(fragment)).toEqual({ ok: false, problem: 'invalid' });
		const extraKey = await encodeVersion(SESSION_VERSION, { ...emptySession(), admin: true });
		expect(await decodeSession(extraKey)).toEqual({ ok: false, problem: 'invalid' });
	});

	it('a link from a newer version is named as such, an unknown one too', async () => {
		const fragment = await encodeVersion(99, emptySession());
		expect(await decodeSession(fragment)).toEqual({ ok: false, problem: 'newer-version' });
		expect(await decodeSession(await encodeVersion(0, emptySession()))).toEqual({
			ok: false,
			problem: 'unknown-version'
		});
	});

	it('a link that would expand past the cap is refused as too large, and stops early', async () => {
		// The attack: 1.39 MB of link expanding to 1 GB. Here 1.3 MB of zeros deflates to ~1.3 KB.
		const bomb = await encodeVersion(SESSION_VERSION, { padding: '0'.repeat(1_300_000) });
		expect(bomb.length).toBeLessThan(MAXIMUM_LINK_CHARACTERS);
		const started = performance.now();
		expect(await decodeSession(bomb)).toEqual({ ok: false, problem: 'too-large' });
		console.info(`1.3 MB bomb refused in ${Math.round(performance.now() - started)} ms`);
		// Just over the cap is refused; a real household's JSON is far under it.
		const over = await encodeVersion(SESSION_VERSION, {
			padding: 'x'.repeat(MAXIMUM_EXPANDED_BYTES)
		});
		expect(await decodeSession(over)).toEqual({ ok: false, problem: 'too-large' });
		// A link longer than any household's is refused before it is read.
		expect(await decodeSession(`#s3.${'A'.repeat(MAXIMUM_LINK_CHARACTERS)}`)).toEqual({
			ok: false,
			problem: 'too-large'
		});
	});

	it('the largest household the schema allows fits well under the cap', async () => {
		const largest: SessionState = {
			...emptySession('fr'),
			date: '2026-11-22',
			members: Array.from({ length: 20 }, () => ({ age: 120 })),
			municipality: 'brussels-city',
			income: {
				receivesLeefloon: false,
				monthlyNetIncome: '1000000.00',
				leefloonCategory: 'cohabiting'
			},
			answers: {
				gender: 'other',
				singleParent: false,
				homeless: false,
				hasResidencePermit: false,
				disability: false,
				addiction: false,
				longTermUnemployed: false,
				needsHelpAtHome: false
			},
			meals: { venue: 'engelbewaarder', mealsPerWeek: '7.26' },
			savings: { monthlyAmount: '1000000.00', months: 600, targetLoan: '1000000.00' },
			done: Array.from({ length: 100 }, (_, i) => `${i}`.padEnd(80, 'x'))
		};
		const bytes = new TextEncoder().encode(JSON.stringify(largest)).length;
		expect(bytes).toBeLessThan(MAXIMUM_EXPANDED_BYTES / 4);
		expect(await decodeSession(await encodeSession(largest))).toEqual({ ok: true, state: largest });
	});

	it('any string at all gives a result, never an exception', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
				const result = await decodeSession(text);
				expect(typeof result.ok).toBe('boolean');
			}),
			{ numRuns: 300 }
		);
		for (const text of ['', '#', '#s', '#s2.', '#s2.!!!', '#s1.AAAA', 'https://x/#s2.abc']) {
			expect((await decodeSession(text)).ok).toBe(false);
		}
	});

	it('a version 1 link opens, migrated to the current shape', async () => {
		const v1: SessionV1 = {
			v: 1,
			lang: 'nl',
			ages: [38, 7],
			municipality: 'jette',
			leefloon: false,
			income: '1200,00',
			category: 'family',
			venue: 'ocmw',
			mealsPerMonth: 10,
			monthlyAmount: '5',
			months: 3
		};
		const result = await decodeSession(await encodeVersion(1, v1));
		expect(result).toEqual({
			ok: true,
			migratedFrom: 1,
			state: {
				v: SESSION_VERSION,
				residentLang: 'nl',
				members: [{ age: 38 }, { age: 7 }],
				municipality: 'jette',
				income: {
					receivesLeefloon: false,
					monthlyNetIncome: '1200.00',
					leefloonCategory: 'family'
				},
				answers: {},
				// 10 a month × 12 ÷ 52 = 2.3077 → 2.31 a week, which converts back to 10 a month.
				meals: { venue: 'ocmw', mealsPerWeek: '2.31' },
				savings: { monthlyAmount: '5.00', months: 3 },
				done: []
			}
		});
	});

	it('a version 1 link with a leefloon recipient keeps no income fields', async () => {
		const result = await decodeSession(
			await encodeVersion(1, {
				v: 1,
				lang: 'fr',
				ages: [70],
				leefloon: true,
				venue: 'restojet',
				mealsPerMonth: 4,
				monthlyAmount: '2,50',
				months: 12
			})
		);
		expect(result.ok && result.state.income).toEqual({ receivesLeefloon: true });
	});

	it('an invalid version 1 link is refused', async () => {
		const result = await decodeSession(await encodeVersion(1, { v: 1, lang: 'de', ages: [] }));
		expect(result).toEqual({ ok: false, problem: 'invalid' });
	});

	it('a version 2 link opens: typed amounts become plain, meals a month become meals a week', async () => {
		const v2: SessionV2 = {
			v: 2,
			residentLang: 'fr',
			members: [{ age: 40 }],
			income: { receivesLeefloon: false, monthlyNetIncome: '1314,2', leefloonCategory: 'single' },
			answers: { homeless: false },
			meals: { venue: 'restojet', mealsPerMonth: 22 },
			savings: { monthlyAmount: '2,50', months: 12, targetLoan: 'abc' },
			done: ['restojet']
		};
		const result = await decodeSession(await encodeVersion(2, v2));
		expect(result).toEqual({
			ok: true,
			migratedFrom: 2,
			state: {
				v: SESSION_VERSION,
				residentLang: 'fr',
				members: [{ age: 40 }],
				income: {
					receivesLeefloon: false,
					monthlyNetIncome: '1314.20',
					leefloonCategory: 'single'
				},
				answers: { homeless: false },
				// 22 × 12 ÷ 52 = 5.0769… → 5.08 a week; 5.08 × 52 ÷ 12 = 22.01 → 22 a month again.
				meals: { venue: 'restojet', mealsPerWeek: '5.08' },
				// A target the old page could not read is dropped, not guessed.
				savings: { monthlyAmount: '2.50', months: 12 },
				done: ['restojet']
			}
		});
	});

	it('every month count of a version 2 link comes back the same through the weekly figure', async () => {
		for (let perMonth = 0; perMonth <= 200; perMonth += 1) {
			const perWeek = weeklyFromMonthly(perMonth);
			expect(mealsPerMonthFromWeekly(perWeek)?.perMonth).toBe(perMonth);
		}
	});
});

describe('the session accepts exactly what the calculators accept (issue 13)', () => {
	const session = (change: (state: SessionState) => void) => {
		const state = structuredClone(emptySession('nl'));
		change(state);
		return sessionSchema.safeParse(state).success;
	};
	it('31 meals a month (7.26 a week), 1,200 months of saving and 30 persons; not one more', () => {
		// 7.26 × 52 ÷ 12 = 31.46 → 31; 7.27 × 52 ÷ 12 = 31.503 → 32.
		expect(session((s) => (s.meals.mealsPerWeek = '7.26'))).toBe(true);
		expect(session((s) => (s.meals.mealsPerWeek = '7.27'))).toBe(false);
		expect(session((s) => (s.savings.months = 1200))).toBe(true);
		expect(session((s) => (s.savings.months = 1201))).toBe(false);
		expect(session((s) => (s.members = Array.from({ length: 30 }, () => ({ age: 40 }))))).toBe(
			true
		);
		expect(session((s) => (s.members = Array.from({ length: 31 }, () => ({ age: 40 }))))).toBe(
			false
		);
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession, encodeVersion } from './codec';
import type { SessionV1 } from './migrate';
import { emptySession, SESSION_VERSION, sessionSchema, type SessionState } from './state';

const amount = fc
	.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
	.map(([units, cents, comma]) => `${units}${comma ? ',' : '.'}${String(cents).padStart(2, '0')}`);
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
			mealsPerMonth: fc.integer({ min: 0, max: 31 })
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
		expect(fragment).toMatch(/^#s2\.[A-Za-z0-9_-]+$/);
	});

	it('keeps a household of 10 members with every field filled under 2,000 characters', async () => {
		const state: SessionState = {
			...emptySession('fr'),
			date: '2026-11-22',
			members: [44, 41, 19, 17, 15, 12, 9, 6, 3, 1].map((age) => ({ age })),
			municipality: 'jette',
			income: { receivesLeefloon: false, monthlyNetIncome: '1776,07', leefloonCategory: 'family' },
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
			meals: { venue: 'ocmw', mealsPerMonth: 22 },
			savings: { monthlyAmount: '12,50', months: 8, targetLoan: '500' },
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

	it('an unknown version is named as such', async () => {
		const fragment = await encodeVersion(99, emptySession());
		expect(await decodeSession(fragment)).toEqual({ ok: false, problem: 'unknown-version' });
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
					monthlyNetIncome: '1200,00',
					leefloonCategory: 'family'
				},
				answers: {},
				meals: { venue: 'ocmw', mealsPerMonth: 10 },
				savings: { monthlyAmount: '5', months: 3 },
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
});

describe('the session accepts exactly what the calculators accept (issue 13)', () => {
	const session = (change: (state: SessionState) => void) => {
		const state = structuredClone(emptySession('nl'));
		change(state);
		return sessionSchema.safeParse(state).success;
	};
	it('31 meals a month, 1,200 months of saving and 30 persons; not one more', () => {
		expect(session((s) => (s.meals.mealsPerMonth = 31))).toBe(true);
		expect(session((s) => (s.meals.mealsPerMonth = 32))).toBe(false);
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

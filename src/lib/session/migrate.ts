import { z } from 'zod/mini';
import { SESSION_VERSION, type SessionState } from './state';

/**
 * Links made by an older version of the session page must still open. Each older shape is kept
 * here, exactly as that version wrote it, with one function that lifts it to the next version.
 *
 * Version 1 (the first session format) kept ages as a plain list, the income as two loose fields,
 * had no finder answers and no checklist.
 */
export const sessionV1Schema = z.strictObject({
	v: z.literal(1),
	lang: z.enum(['nl', 'fr', 'en']),
	ages: z.array(z.int().check(z.minimum(0), z.maximum(120))).check(z.minLength(1), z.maxLength(20)),
	municipality: z.optional(z.enum(['jette', 'brussels-city', 'other'])),
	leefloon: z.boolean(),
	income: z.optional(z.string().check(z.maxLength(20))),
	category: z.optional(z.enum(['cohabiting', 'single', 'family'])),
	venue: z.enum(['ocmw', 'restojet', 'engelbewaarder']),
	mealsPerMonth: z.int().check(z.minimum(0), z.maximum(200)),
	monthlyAmount: z.string().check(z.maxLength(20)),
	months: z.int().check(z.minimum(0), z.maximum(600))
});

export type SessionV1 = z.infer<typeof sessionV1Schema>;

export function migrateV1(old: SessionV1): SessionState {
	return {
		v: SESSION_VERSION,
		residentLang: old.lang,
		members: old.ages.map((age) => ({ age })),
		...(old.municipality ? { municipality: old.municipality } : {}),
		income: old.leefloon
			? { receivesLeefloon: true }
			: {
					receivesLeefloon: false,
					monthlyNetIncome: old.income ?? '',
					leefloonCategory: old.category ?? 'single'
				},
		answers: {},
		meals: { venue: old.venue, mealsPerMonth: old.mealsPerMonth },
		savings: { monthlyAmount: old.monthlyAmount, months: old.months },
		done: []
	};
}

/** Older shapes by version number: decode validates with the schema, then migrates. */
export const MIGRATIONS = {
	1: { schema: sessionV1Schema, migrate: migrateV1 }
} as const;

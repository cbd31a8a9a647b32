import { z } from 'zod/mini';
import { parseAmount } from '../calc/input';
import { decimal, dividedBy, money, plain, times, toFixed } from '../calc/money';
import { SESSION_VERSION, type SessionState } from './state';

/**
 * Links made by an older version of the session page must still open. Each older shape is kept
 * here, exactly as that version wrote it, with one function that lifts it to the current version.
 *
 * Version 1 (the first session format) kept ages as a plain list, the income as two loose fields,
 * had no finder answers and no checklist. Version 2 kept amounts as typed ("1200,50") and meals
 * per month. Version 3 keeps amounts as plain decimals ("1200.50") and meals per week.
 */
const LANGS = ['nl', 'fr', 'en'] as const;
const CATEGORY = z.enum(['cohabiting', 'single', 'family']);
const MUNICIPALITY = z.enum(['jette', 'brussels-city', 'other']);
const VENUE = z.enum(['ocmw', 'restojet', 'engelbewaarder']);

export const sessionV1Schema = z.strictObject({
	v: z.literal(1),
	lang: z.enum(LANGS),
	ages: z.array(z.int().check(z.minimum(0), z.maximum(120))).check(z.minLength(1), z.maxLength(20)),
	municipality: z.optional(MUNICIPALITY),
	leefloon: z.boolean(),
	income: z.optional(z.string().check(z.maxLength(20))),
	category: z.optional(CATEGORY),
	venue: VENUE,
	mealsPerMonth: z.int().check(z.minimum(0), z.maximum(200)),
	monthlyAmount: z.string().check(z.maxLength(20)),
	months: z.int().check(z.minimum(0), z.maximum(600))
});
export type SessionV1 = z.infer<typeof sessionV1Schema>;

const typedAmount = z.string().check(z.maxLength(20));
const yesNo = z.optional(z.boolean());

export const sessionV2Schema = z.strictObject({
	v: z.literal(2),
	residentLang: z.enum(LANGS),
	date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
	members: z
		.array(z.strictObject({ age: z.int().check(z.minimum(0), z.maximum(120)) }))
		.check(z.minLength(1), z.maxLength(30)),
	municipality: z.optional(MUNICIPALITY),
	income: z.union([
		z.strictObject({ receivesLeefloon: z.literal(true), leefloonCategory: z.optional(CATEGORY) }),
		z.strictObject({
			receivesLeefloon: z.literal(false),
			monthlyNetIncome: typedAmount,
			leefloonCategory: CATEGORY
		})
	]),
	answers: z.strictObject({
		gender: z.optional(z.enum(['woman', 'man', 'other'])),
		singleParent: yesNo,
		homeless: yesNo,
		hasResidencePermit: yesNo,
		disability: yesNo,
		addiction: yesNo,
		longTermUnemployed: yesNo,
		needsHelpAtHome: yesNo
	}),
	meals: z.strictObject({
		venue: VENUE,
		mealsPerMonth: z.int().check(z.minimum(0), z.maximum(200))
	}),
	savings: z.strictObject({
		monthlyAmount: typedAmount,
		months: z.int().check(z.minimum(0), z.maximum(1200)),
		targetLoan: z.optional(typedAmount)
	}),
	done: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(100))
});
export type SessionV2 = z.infer<typeof sessionV2Schema>;

/** A typed amount ("1200,50") as a plain decimal ("1200.50"); "" when it cannot be read. */
export function plainAmount(typed: string): string {
	try {
		return money(parseAmount(typed));
	} catch {
		return '';
	}
}

/**
 * Visits a month as visits a week, to two decimals. The calculators' conversion back (× 52 ÷ 12,
 * rounded to whole visits) then gives the same visits a month: the rounding here moves it by at
 * most 0.005 × 52 ÷ 12 ≈ 0.02 of a visit.
 */
export function weeklyFromMonthly(perMonth: number): string {
	return plain(decimal(toFixed(dividedBy(times(decimal(perMonth), 12), 52), 2)));
}

export function migrateV1(old: SessionV1): SessionV2 {
	return {
		v: 2,
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

export function migrateV2(old: SessionV2): SessionState {
	const { targetLoan, ...savings } = old.savings;
	const target = targetLoan === undefined ? '' : plainAmount(targetLoan);
	return {
		...old,
		v: SESSION_VERSION,
		income: old.income.receivesLeefloon
			? old.income
			: { ...old.income, monthlyNetIncome: plainAmount(old.income.monthlyNetIncome) },
		meals: { venue: old.meals.venue, mealsPerWeek: weeklyFromMonthly(old.meals.mealsPerMonth) },
		savings: {
			...savings,
			monthlyAmount: plainAmount(savings.monthlyAmount),
			...(target ? { targetLoan: target } : {})
		}
	};
}

/** Older shapes by version number: decode validates with the schema, then migrates. */
export const MIGRATIONS: Record<
	number,
	{ schema: z.ZodMiniType; migrate: (old: never) => SessionState }
> = {
	1: { schema: sessionV1Schema, migrate: (old: SessionV1) => migrateV2(migrateV1(old)) },
	2: { schema: sessionV2Schema, migrate: migrateV2 }
};

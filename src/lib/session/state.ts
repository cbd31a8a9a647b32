import { z } from 'zod/mini';
import { MAXIMUM_AGE } from '../calc/input';
import { LEEFLOON_CATEGORIES } from '../calc/leefloon';
import {
	MAXIMUM_DINERS,
	MAXIMUM_MEALS_PER_MONTH,
	MEAL_VENUES,
	mealsPerMonthFromWeekly
} from '../calc/meal-cost';
import { MAXIMUM_MEMBERS } from '../calc/food-package';
import { MAXIMUM_SAVING_MONTHS } from '../calc/savings-loan';
import { LANGS } from '../i18n/lang';

// The session accepts exactly what the calculators accept: their limits and lists, imported.
const MAXIMUM_HOUSEHOLD = Math.min(MAXIMUM_MEMBERS, MAXIMUM_DINERS);

/**
 * Everything a budgeting session holds: one household, entered once, that every calculator and the
 * help finder read. It travels only in the URL fragment (never sent to a server) and, when the worker
 * asks, in this device's local storage. Every value is validated with this schema when decoded.
 */
export const SESSION_VERSION = 3;

/**
 * Amounts are kept as plain decimal strings ("2.50", "1314.2"), whatever language the worker typed
 * them in: a link made on a Dutch page opens the same on an English one. The form shows them in the
 * page's language and keeps text it cannot read as a draft beside the field, never in the session.
 * Empty means "not typed yet" (the calculators then say the field is required).
 */
export const PLAIN_AMOUNT = /^(?:\d{1,7}(?:\.\d{1,2})?)?$/;
const amountText = z.string().check(z.regex(PLAIN_AMOUNT));
const yesNo = z.optional(z.boolean());

export const memberSchema = z.strictObject({
	age: z.int().check(z.minimum(0), z.maximum(MAXIMUM_AGE))
});

export const sessionSchema = z.strictObject({
	v: z.literal(SESSION_VERSION),
	/** The language of the printed summary, for the resident; the page speaks the worker's. */
	residentLang: z.enum(LANGS),
	/** Reference date of every calculation, 'YYYY-MM-DD'; absent means today. */
	date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
	members: z.array(memberSchema).check(z.minLength(1), z.maxLength(MAXIMUM_HOUSEHOLD)),
	municipality: z.optional(z.enum(['jette', 'brussels-city', 'other'])),
	income: z.union([
		z.strictObject({
			receivesLeefloon: z.literal(true),
			/** Which leefloon they receive, when the worker knows it: the amount shown beside it. */
			leefloonCategory: z.optional(z.enum(LEEFLOON_CATEGORIES))
		}),
		z.strictObject({
			receivesLeefloon: z.literal(false),
			monthlyNetIncome: amountText,
			leefloonCategory: z.enum(LEEFLOON_CATEGORIES)
		})
	]),
	/** The help finder's questions; unanswered ones stay absent. */
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
		venue: z.enum(MEAL_VENUES),
		/**
		 * Visits a week, as people count them (a plain decimal: "1", "1.5"); the calculators' own
		 * weekly → monthly conversion turns it into visits a month.
		 */
		mealsPerWeek: z.string().check(
			z.regex(/^\d{1,2}(?:\.\d{1,2})?$/),
			z.refine(
				(perWeek) =>
					(mealsPerMonthFromWeekly(perWeek)?.perMonth ?? Infinity) <= MAXIMUM_MEALS_PER_MONTH
			)
		)
	}),
	savings: z.strictObject({
		monthlyAmount: amountText,
		months: z.int().check(z.minimum(0), z.maximum(MAXIMUM_SAVING_MONTHS)),
		targetLoan: z.optional(amountText)
	}),
	/** Ids of the services the worker ticked as "next step done". */
	done: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(100))
});

export type SessionState = z.infer<typeof sessionSchema>;

/** A new, empty session: one adult, leefloon unknown (we start with "receives it"), nothing chosen. */
export function emptySession(residentLang: SessionState['residentLang'] = 'fr'): SessionState {
	return {
		v: SESSION_VERSION,
		residentLang,
		members: [{ age: 35 }],
		income: { receivesLeefloon: true },
		answers: {},
		meals: { venue: 'restojet', mealsPerWeek: '0' },
		savings: { monthlyAmount: '2.50', months: 12 },
		done: []
	};
}

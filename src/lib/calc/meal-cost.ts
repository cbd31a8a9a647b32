import { z } from 'zod/mini';
import { CalcInputError } from './errors';
import type { Lang } from '../i18n/lang';
import { ageSchema, amountSchema, countSchema, parseInput, readDecimal, resolveAge } from './input';
import { leefloonCategorySchema, leefloonSource, type LeefloonCategory } from './leefloon';
import {
	compare,
	decimal,
	decimalPlaces,
	dividedBy,
	money,
	plain,
	plus,
	quotient,
	round,
	times,
	toNumber,
	type Decimal
} from './money';
import { optionsSchema, readOptions, type CalcOptions } from './options';
import { parameterOn, valueOn, type ParameterSource } from './params/parameter';
import { RULE_BOOK, parameterIn, type MealVenueRules, type RuleBook } from './params/rule-book';

/** The social restaurants of the rule book (data/meal-venues/*.yaml), in their order. */
export const MEAL_VENUES = RULE_BOOK.venues.map((venue) => venue.id) as [string, ...string[]];
export type MealVenue = string;

/** A household larger than this is a typing error, not a table for one visit. */
export const MAXIMUM_DINERS = 30;
/** At most one meal a day. */
export const MAXIMUM_MEALS_PER_MONTH = 31;
/** A week has seven days: the most visits a week where the source gives no opening days. */
export const DAYS_IN_A_WEEK = 7;

/**
 * Visits a week as visits a month, for `mealsPerMonth`: people count in weeks, the restaurants'
 * prices add up by the month. A month has 52 ÷ 12 ≈ 4.33 weeks on average; the product is rounded
 * half up to whole visits (5 a week → 21.67 → 22 a month; 1.5 a week → 6.5 → 7). Multiplying by 52
 * before dividing by 12 keeps a half exact. `exact` is the unrounded month ("21.66666666666666666667"),
 * for an explanation to show. Returns null for anything but a plain number of visits: pass that to
 * `mealCost` as `mealsPerMonth` as it was typed, and its input check says what is wrong.
 */
export function mealsPerMonthFromWeekly(
	perWeek: string | number,
	lang?: Lang
): { perMonth: number; exact: string } | null {
	// Read as every number is (calc/input.ts), with at most two decimals ("5", "1,5"), and at most
	// MAXIMUM_TEXT_LENGTH characters, so a 400-digit number is refused, not Infinity.
	const typed = readDecimal(String(perWeek), lang, 2);
	if (typed === null) return null;
	const perYear = times(decimal(typed), 52);
	return {
		perMonth: toNumber(quotient(perYear, 12, 0, 'half-up')),
		exact: plain(dividedBy(perYear, 12))
	};
}

/**
 * The most days a month can hold of a venue open `daysOpen` days a week: four whole weeks, and the
 * up to three days a 31-day month has beyond them (Monday–Friday: 23; Saturday and Sunday: 10).
 */
export function mostMealDaysInAMonth(daysOpen: number): number {
	return daysOpen * 4 + Math.min(daysOpen, 3);
}

export const mealIncomeSchema = z.discriminatedUnion('receivesLeefloon', [
	z.strictObject({ receivesLeefloon: z.literal(true) }),
	z.strictObject({
		receivesLeefloon: z.literal(false),
		/** Net income per month, in euros. */
		monthlyNetIncome: amountSchema,
		leefloonCategory: leefloonCategorySchema
	})
]);

/** The input schema for a book's venues (the built-in one: `mealCostInputSchema`). */
export function mealCostInputSchemaFor(venues: readonly [string, ...string[]]) {
	return z.strictObject({
		venue: z.enum(venues),
		diners: z
			.array(z.strictObject({ age: ageSchema }))
			.check(z.minLength(1), z.maxLength(MAXIMUM_DINERS)),
		/** Needed where access depends on the leefloon (the OCMW restaurant). */
		income: z.optional(mealIncomeSchema),
		/**
		 * Visits a week (at most the days the venue is open, two decimals at most): adds `perMonth`.
		 * Give this or `mealsPerMonth`, not both.
		 */
		mealsPerWeek: z.optional(amountSchema),
		/** Visits a month (at most the venue's open days in a month): adds `perMonth`. */
		mealsPerMonth: z.optional(countSchema(0, MAXIMUM_MEALS_PER_MONTH))
	});
}
export const mealCostInputSchema = mealCostInputSchemaFor(MEAL_VENUES);
export type MealCostInput = z.input<typeof mealCostInputSchema>;

export const mealCostOverridesSchema = z.strictObject({
	ocmwAdultPrice: z.optional(amountSchema),
	ocmwChildPrice: z.optional(amountSchema),
	/** The age from which the adult price applies at the OCMW restaurant. */
	ocmwChildAgeLimit: z.optional(countSchema(1, 120)),
	restojetPrice: z.optional(amountSchema),
	engelbewaarderPrice: z.optional(amountSchema),
	leefloonCohabiting: z.optional(amountSchema),
	leefloonSingle: z.optional(amountSchema),
	leefloonFamily: z.optional(amountSchema)
});
export type MealCostOverrides = z.input<typeof mealCostOverridesSchema>;
export type MealCostOptions = CalcOptions<MealCostOverrides>;
const mealCostOptionsSchema = optionsSchema(mealCostOverridesSchema);

/**
 * Who may eat at the venue, as its source says:
 * - `open-to-all`: the source says it is open to everyone (Restojet);
 * - `ask`: the source names no one (De Engelbewaarder): ask the venue;
 * - `eligible`: a leefloon recipient, at a venue for leefloon recipients;
 * - `derogation-possible`: an income equal to the leefloon: an exception can be asked for;
 * - `below-leefloon`: an income below the leefloon, without it. The source names neither this case
 *   nor a derogation for it: ask the social service (which also decides on the leefloon itself);
 * - `probably-not`: an income above the leefloon: probably not, ask the social service.
 */
export type MealAccess =
	'open-to-all' | 'ask' | 'eligible' | 'derogation-possible' | 'below-leefloon' | 'probably-not';
export type MealTariff = 'adult' | 'child';
/**
 * - `price-unconfirmed`: the source gives no price (De Engelbewaarder): prices are null;
 * - `probably-not-eligible`: the venue is probably not for this household: no price to pay is
 *   worked out; `tariffs` holds the published prices, which are for leefloon recipients.
 */
export type MealCostReason = 'price-unconfirmed' | 'probably-not-eligible';

/**
 * - `receives-leefloon`: the venue is for leefloon recipients (no values)
 * - `leefloon-comparison`: monthlyNetIncome compared with the leefloon of leefloonCategory
 *   (comparison: 'below' | 'equal' | 'above')
 * - `meals-per-week`: perWeek × 52 ÷ 12 = exact (two decimals), rounded half up = mealsPerMonth
 * - `tariff-subtotal`: diners × price = subtotal, for one tariff ('adult' | 'child')
 * - `price-per-visit`: the sum of the subtotals = pricePerVisit
 * - `price-per-month`: pricePerVisit × mealsPerMonth = perMonth
 */
export type MealCostStepCode =
	| 'receives-leefloon'
	| 'leefloon-comparison'
	| 'meals-per-week'
	| 'tariff-subtotal'
	| 'price-per-visit'
	| 'price-per-month';
export interface MealCostStep {
	code: MealCostStepCode;
	values: Record<string, string | number>;
}

export interface MealCostDiner {
	/** Whole years on the reference date (from the birth date when one was given). */
	age: number;
	tariff: MealTariff;
	/** Null when the price is unconfirmed or the venue is probably not for the household. */
	price: string | null;
}

export interface MealCostResult {
	venue: MealVenue;
	access: MealAccess;
	/** All diners' meals for one visit; null when unconfirmed or probably not for the household. */
	pricePerVisit: string | null;
	perDiner: MealCostDiner[];
	/** pricePerVisit × visits a month; null without a number of visits or without pricePerVisit. */
	perMonth: string | null;
	/** Visits a month used (from mealsPerWeek or mealsPerMonth); null when none was given. */
	mealsPerMonth: number | null;
	/** The most visits a week the venue allows: the days it is open (7 when the source gives none). */
	maximumPerWeek: number;
	/** The venue's published prices, whoever asks (for a venue probably not for the household). */
	tariffs: { adult: string | null; child: string | null; childAgeLimit: number | null };
	reasons: MealCostReason[];
	steps: MealCostStep[];
	sources: ParameterSource[];
}

/** Partner overrides by the rule book's parameter id (the built-in venues' parameters). */
const OVERRIDE_KEYS: Record<string, keyof MealCostOverrides> = {
	'meal.ocmw.adult-price': 'ocmwAdultPrice',
	'meal.ocmw.child-price': 'ocmwChildPrice',
	'meal.ocmw.child-age-limit': 'ocmwChildAgeLimit',
	'meal.restojet.price': 'restojetPrice',
	'meal.engelbewaarder.price': 'engelbewaarderPrice'
};
const LEEFLOON_OVERRIDE_KEYS = {
	cohabiting: 'leefloonCohabiting',
	single: 'leefloonSingle',
	family: 'leefloonFamily'
} as const satisfies Record<LeefloonCategory, keyof MealCostOverrides>;

/** What a visit to a social restaurant costs a household, and who may eat there. */
export function mealCost(input: MealCostInput, options?: MealCostOptions): MealCostResult {
	return mealCostIn(RULE_BOOK, input, options);
}

/**
 * `mealCost` on another rule book: venues, prices and opening days come from the book's data
 * (a fixture municipality in the tests proves a new OCMW needs no code).
 */
export function mealCostIn(
	book: RuleBook,
	input: unknown,
	options?: MealCostOptions
): MealCostResult {
	const ids = book.venues.map((v) => v.id) as [string, ...string[]];
	const schema = book === RULE_BOOK ? mealCostInputSchema : mealCostInputSchemaFor(ids);
	const { date, lang, params } = readOptions(mealCostOptionsSchema, options);
	const parsed = parseInput(schema, input, [], lang);
	const venue = book.venues.find((v) => v.id === parsed.venue) as MealVenueRules;
	const ages = parsed.diners.map((diner, index) =>
		resolveAge(diner.age, date, ['diners', index, 'age'])
	);
	const steps: MealCostStep[] = [];
	const sources: ParameterSource[] = [];
	const reasons: MealCostReason[] = [];

	/** A venue parameter on the date, or the partner's value for it. */
	const venueParameter = (id: string): ParameterSource => {
		const key = OVERRIDE_KEYS[id];
		const override = key === undefined ? undefined : params?.[key];
		let typed: string | undefined;
		if (override !== undefined) {
			typed = typeof override === 'number' ? String(override) : money(override as Decimal);
		}
		return parameterOn(parameterIn(book, id), date, typed);
	};

	// Visits: at most the days the venue is open, as its source gives them.
	const days = valueOn(parameterIn(book, venue.daysOpen), date);
	sources.push(days);
	const maximumPerWeek = days.value === null ? DAYS_IN_A_WEEK : Number(days.value);
	let mealsPerMonth: number | null = null;
	if (parsed.mealsPerWeek !== undefined && parsed.mealsPerMonth !== undefined) {
		throw new CalcInputError([{ path: ['mealsPerMonth'], code: 'invalid' }]);
	}
	if (parsed.mealsPerWeek !== undefined) {
		const perWeek = parsed.mealsPerWeek;
		if (decimalPlaces(perWeek) > 2) {
			throw new CalcInputError([{ path: ['mealsPerWeek'], code: 'invalid' }]);
		}
		if (compare(perWeek, maximumPerWeek) > 0) {
			throw new CalcInputError([
				{ path: ['mealsPerWeek'], code: 'too-large', values: { maximum: maximumPerWeek } }
			]);
		}
		const converted = mealsPerMonthFromWeekly(plain(perWeek))!;
		mealsPerMonth = converted.perMonth;
		steps.push({
			code: 'meals-per-week',
			values: {
				perWeek: plain(perWeek),
				exact: plain(round(decimal(converted.exact), 2, 'half-up')),
				mealsPerMonth
			}
		});
	} else if (parsed.mealsPerMonth !== undefined) {
		const maximum = mostMealDaysInAMonth(maximumPerWeek);
		if (parsed.mealsPerMonth > maximum) {
			throw new CalcInputError([
				{ path: ['mealsPerMonth'], code: 'too-large', values: { maximum } }
			]);
		}
		mealsPerMonth = parsed.mealsPerMonth;
	}

	// Who may eat there: the venue's access rule from its data, with the sentence that states it.
	let access: MealAccess;
	if (venue.access.rule === 'open') access = 'open-to-all';
	else if (venue.access.rule === 'ask') access = 'ask';
	else {
		const income = parsed.income;
		if (income === undefined) throw new CalcInputError([{ path: ['income'], code: 'required' }]);
		if (income.receivesLeefloon) {
			// "richt zich op de personen die een leefloon ontvangen"
			access = 'eligible';
			steps.push({ code: 'receives-leefloon', values: {} });
		} else {
			// "Voor personen met een inkomen gelijk aan het leefloon, kan een derogatie bekomen
			// worden": equal is equal. Below it the page says nothing (such a person may have a right
			// to the leefloon itself); above it the restaurant is probably not for them. Neither is a
			// decision: both send the person to the social service.
			const leefloon = leefloonSource(
				income.leefloonCategory,
				date,
				params?.[LEEFLOON_OVERRIDE_KEYS[income.leefloonCategory]],
				book
			);
			sources.push(leefloon);
			const order = compare(income.monthlyNetIncome, decimal(leefloon.value!));
			const comparison = order < 0 ? 'below' : order === 0 ? 'equal' : 'above';
			access =
				comparison === 'equal'
					? 'derogation-possible'
					: comparison === 'below'
						? 'below-leefloon'
						: 'probably-not';
			steps.push({
				code: 'leefloon-comparison',
				values: {
					monthlyNetIncome: money(income.monthlyNetIncome),
					leefloonCategory: income.leefloonCategory,
					leefloon: leefloon.value!,
					comparison
				}
			});
		}
	}

	// Tariffs, from the venue's parameters: at the OCMW restaurant "1,5 € voor een volwassene of
	// 1 € voor kinderen jonger dan 12 jaar"; at Restojet "3 €" whatever the age.
	const adultPrice = venueParameter(venue.prices.adult);
	const childPrice = venue.prices.child ? venueParameter(venue.prices.child) : undefined;
	const limit = venue.prices.childAgeLimit ? venueParameter(venue.prices.childAgeLimit) : undefined;
	const childAgeLimit = limit?.value == null ? 0 : Number(limit.value);
	sources.push(adultPrice, ...(childPrice ? [childPrice] : []), ...(limit ? [limit] : []));

	const tariffs = {
		adult: adultPrice.value === null ? null : money(decimal(adultPrice.value)),
		child: childPrice?.value == null ? null : money(decimal(childPrice.value)),
		childAgeLimit: limit?.value == null ? null : childAgeLimit
	};
	const payable = access !== 'probably-not' && adultPrice.value !== null;
	const perDiner: MealCostDiner[] = ages.map((age) => {
		const tariff: MealTariff = childPrice && age < childAgeLimit ? 'child' : 'adult';
		return { age, tariff, price: payable ? tariffs[tariff] : null };
	});
	const result: MealCostResult = {
		venue: venue.id,
		access,
		pricePerVisit: null,
		perDiner,
		perMonth: null,
		mealsPerMonth,
		maximumPerWeek,
		tariffs,
		reasons,
		steps,
		sources
	};
	if (adultPrice.value === null) reasons.push('price-unconfirmed');
	if (access === 'probably-not') reasons.push('probably-not-eligible');
	if (!payable) return result;

	let pricePerVisit = decimal(0);
	for (const tariff of ['adult', 'child'] as const) {
		const diners = perDiner.filter((d) => d.tariff === tariff);
		if (diners.length === 0) continue;
		const price = decimal(diners[0]!.price!);
		const subtotal = times(price, diners.length);
		pricePerVisit = plus(pricePerVisit, subtotal);
		steps.push({
			code: 'tariff-subtotal',
			values: { tariff, diners: diners.length, price: money(price), subtotal: money(subtotal) }
		});
	}
	result.pricePerVisit = money(pricePerVisit);
	steps.push({ code: 'price-per-visit', values: { pricePerVisit: result.pricePerVisit } });

	if (mealsPerMonth !== null) {
		const perMonth = times(pricePerVisit, mealsPerMonth);
		result.perMonth = money(perMonth);
		steps.push({
			code: 'price-per-month',
			values: { pricePerVisit: result.pricePerVisit, mealsPerMonth, perMonth: result.perMonth }
		});
	}
	return result;
}

import { z } from 'zod/mini';
import { CalcInputError } from './errors';
import type { Lang } from '../i18n/lang';
import { ageSchema, amountSchema, countSchema, parseInput, readDecimal, resolveAge } from './input';
import { leefloonCategorySchema, leefloonSource, type LeefloonCategory } from './leefloon';
import {
	atMost,
	decimal,
	dividedBy,
	money,
	plain,
	plus,
	quotient,
	times,
	toNumber,
	type Decimal
} from './money';
import { optionsSchema, readOptions, type CalcOptions } from './options';
import { mealEngelbewaarderPrice } from './params/meal-engelbewaarder-price';
import { mealOcmwAdultPrice } from './params/meal-ocmw-adult-price';
import { mealOcmwChildAgeLimit } from './params/meal-ocmw-child-age-limit';
import { mealOcmwChildPrice } from './params/meal-ocmw-child-price';
import { mealRestojetPrice } from './params/meal-restojet-price';
import { parameterOn, type ParameterSource } from './params/parameter';

/** The three social restaurants of Jette. */
export const MEAL_VENUES = ['ocmw', 'restojet', 'engelbewaarder'] as const;
export type MealVenue = (typeof MEAL_VENUES)[number];

/** A household larger than this is a typing error, not a table for one visit. */
export const MAXIMUM_DINERS = 30;
/** At most one meal a day. */
export const MAXIMUM_MEALS_PER_MONTH = 31;

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

export const mealIncomeSchema = z.discriminatedUnion('receivesLeefloon', [
	z.strictObject({ receivesLeefloon: z.literal(true) }),
	z.strictObject({
		receivesLeefloon: z.literal(false),
		/** Net income per month, in euros. */
		monthlyNetIncome: amountSchema,
		leefloonCategory: leefloonCategorySchema
	})
]);

export const mealCostInputSchema = z.strictObject({
	venue: z.enum(MEAL_VENUES),
	diners: z
		.array(z.strictObject({ age: ageSchema }))
		.check(z.minLength(1), z.maxLength(MAXIMUM_DINERS)),
	/** Needed for the OCMW restaurant only, whose access depends on the leefloon. */
	income: z.optional(mealIncomeSchema),
	/** Visits per month (0–31): adds `perMonth`. */
	mealsPerMonth: z.optional(countSchema(0, MAXIMUM_MEALS_PER_MONTH))
});
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
 * - `eligible`: the OCMW restaurant, for a leefloon recipient
 * - `derogation-possible`: the OCMW restaurant, income at or below the leefloon of the category
 * - `not-eligible`: the OCMW restaurant, income above it
 * - `open-to-all`: Restojet and De Engelbewaarder
 */
export type MealAccess = 'eligible' | 'derogation-possible' | 'not-eligible' | 'open-to-all';
export type MealTariff = 'adult' | 'child';
/** `price-unconfirmed`: the sources give no price (De Engelbewaarder); prices are null. */
export type MealCostReason = 'price-unconfirmed';

/**
 * - `receives-leefloon`: the OCMW restaurant is for leefloon recipients (no values)
 * - `leefloon-comparison`: monthlyNetIncome compared with the leefloon of leefloonCategory
 *   (comparison: 'at-or-below' | 'above')
 * - `tariff-subtotal`: diners × price = subtotal, for one tariff ('adult' | 'child')
 * - `price-per-visit`: the sum of the subtotals = pricePerVisit
 * - `price-per-month`: pricePerVisit × mealsPerMonth = perMonth
 */
export type MealCostStepCode =
	| 'receives-leefloon'
	| 'leefloon-comparison'
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
	/** Null when the price is unconfirmed. */
	price: string | null;
}

export interface MealCostResult {
	venue: MealVenue;
	access: MealAccess;
	/** All diners' meals for one visit; null when the price is unconfirmed. */
	pricePerVisit: string | null;
	perDiner: MealCostDiner[];
	/** pricePerVisit × mealsPerMonth; null without mealsPerMonth or when the price is unconfirmed. */
	perMonth: string | null;
	reasons: MealCostReason[];
	steps: MealCostStep[];
	sources: ParameterSource[];
}

const LEEFLOON_OVERRIDE_KEYS = {
	cohabiting: 'leefloonCohabiting',
	single: 'leefloonSingle',
	family: 'leefloonFamily'
} as const satisfies Record<LeefloonCategory, keyof MealCostOverrides>;

/** What a visit to one of Jette's social restaurants costs a household, and who may eat there. */
export function mealCost(input: MealCostInput, options?: MealCostOptions): MealCostResult {
	const { date, lang, params } = readOptions(mealCostOptionsSchema, options);
	const parsed = parseInput(mealCostInputSchema, input, [], lang);
	const ages = parsed.diners.map((diner, index) =>
		resolveAge(diner.age, date, ['diners', index, 'age'])
	);
	const steps: MealCostStep[] = [];
	const sources: ParameterSource[] = [];
	const overridden = (amount: Decimal | undefined) =>
		amount === undefined ? undefined : money(amount);

	let access: MealAccess = 'open-to-all';
	// Tariffs: the OCMW restaurant charges "1,5 € voor een volwassene of 1 € voor kinderen jonger
	// dan 12 jaar"; Restojet "een maaltijd … voor de bescheiden som van 3 €", whatever the age.
	let adultPrice: ParameterSource;
	let childPrice: ParameterSource | undefined;
	let childAgeLimit = 0;
	if (parsed.venue === 'ocmw') {
		const income = parsed.income;
		if (income === undefined) throw new CalcInputError([{ path: ['income'], code: 'required' }]);
		if (income.receivesLeefloon) {
			// "richt zich op de personen die een leefloon ontvangen"
			access = 'eligible';
			steps.push({ code: 'receives-leefloon', values: {} });
		} else {
			// "Voor personen met een inkomen gelijk aan het leefloon, kan een derogatie bekomen
			// worden": we read "equal to" as "at or below".
			const leefloon = leefloonSource(
				income.leefloonCategory,
				date,
				params?.[LEEFLOON_OVERRIDE_KEYS[income.leefloonCategory]]
			);
			sources.push(leefloon);
			const atOrBelow = atMost(income.monthlyNetIncome, decimal(leefloon.value!));
			access = atOrBelow ? 'derogation-possible' : 'not-eligible';
			steps.push({
				code: 'leefloon-comparison',
				values: {
					monthlyNetIncome: money(income.monthlyNetIncome),
					leefloonCategory: income.leefloonCategory,
					leefloon: leefloon.value!,
					comparison: atOrBelow ? 'at-or-below' : 'above'
				}
			});
		}
		adultPrice = parameterOn(mealOcmwAdultPrice, date, overridden(params?.ocmwAdultPrice));
		childPrice = parameterOn(mealOcmwChildPrice, date, overridden(params?.ocmwChildPrice));
		const limit = parameterOn(
			mealOcmwChildAgeLimit,
			date,
			params?.ocmwChildAgeLimit === undefined ? undefined : String(params.ocmwChildAgeLimit)
		);
		childAgeLimit = Number(limit.value);
		sources.push(adultPrice, childPrice, limit);
	} else if (parsed.venue === 'restojet') {
		adultPrice = parameterOn(mealRestojetPrice, date, overridden(params?.restojetPrice));
		sources.push(adultPrice);
	} else {
		adultPrice = parameterOn(
			mealEngelbewaarderPrice,
			date,
			overridden(params?.engelbewaarderPrice)
		);
		sources.push(adultPrice);
	}

	const perDiner: MealCostDiner[] = ages.map((age) => {
		const tariff: MealTariff = age < childAgeLimit ? 'child' : 'adult';
		// A child tariff exists only where a child age limit does (the OCMW restaurant).
		const price = tariff === 'child' ? childPrice! : adultPrice;
		return { age, tariff, price: price.value === null ? null : money(decimal(price.value)) };
	});

	const result: MealCostResult = {
		venue: parsed.venue,
		access,
		pricePerVisit: null,
		perDiner,
		perMonth: null,
		reasons: [],
		steps,
		sources
	};
	if (adultPrice.value === null) {
		result.reasons.push('price-unconfirmed');
		return result;
	}

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

	if (parsed.mealsPerMonth !== undefined) {
		const perMonth = times(pricePerVisit, parsed.mealsPerMonth);
		result.perMonth = money(perMonth);
		steps.push({
			code: 'price-per-month',
			values: {
				pricePerVisit: result.pricePerVisit,
				mealsPerMonth: parsed.mealsPerMonth,
				perMonth: result.perMonth
			}
		});
	}
	return result;
}

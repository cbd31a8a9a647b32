import { z } from 'zod/mini';
import type { IsoDate } from './dates';
import { amountSchema, parseInput } from './input';
import { money, type Decimal } from './money';
import { optionsSchema, readOptions, type CalcOptions } from './options';
import { parameterOn, type ParameterSource } from './params/parameter';
import { RULE_BOOK, parameterIn, type RuleBook } from './params/rule-book';

/** The three leefloon categories: 1 cohabiting, 2 single, 3 with a family dependent. */
export const LEEFLOON_CATEGORIES = ['cohabiting', 'single', 'family'] as const;
export type LeefloonCategory = (typeof LEEFLOON_CATEGORIES)[number];
export const leefloonCategorySchema = z.enum(LEEFLOON_CATEGORIES);

/** The rule book's parameter of each category (data/parameters/leefloon.*.yaml). */
const LEEFLOON_PARAMETERS: Record<LeefloonCategory, string> = {
	cohabiting: 'leefloon.cohabiting',
	single: 'leefloon.single',
	family: 'leefloon.family'
};

/** A partner's own leefloon amounts, per category (e.g. a later indexation not yet in our table). */
export const leefloonOverridesSchema = z.strictObject({
	cohabiting: z.optional(amountSchema),
	single: z.optional(amountSchema),
	family: z.optional(amountSchema)
});
export type LeefloonOverrides = z.input<typeof leefloonOverridesSchema>;
export type LeefloonOptions = CalcOptions<LeefloonOverrides>;
const leefloonOptionsSchema = optionsSchema(leefloonOverridesSchema);

export type LeefloonStepCode = 'leefloon-amount';
export interface LeefloonStep {
	code: LeefloonStepCode;
	values: { category: LeefloonCategory; amount: string; from: IsoDate | null };
}

export interface LeefloonResult {
	category: LeefloonCategory;
	/** The monthly amount, e.g. "1314.20". */
	amount: string;
	/** The date this amount took effect (for a partner's amount: the reference date). */
	from: IsoDate | null;
	steps: LeefloonStep[];
	sources: ParameterSource[];
}

/**
 * The leefloon parameter of a category on a date, or the partner's amount. Shared with the meal
 * calculator, which compares an income with it.
 */
export function leefloonSource(
	category: LeefloonCategory,
	date: IsoDate,
	override: Decimal | undefined,
	book: RuleBook = RULE_BOOK
): ParameterSource {
	return parameterOn(
		parameterIn(book, LEEFLOON_PARAMETERS[category]),
		date,
		override === undefined ? undefined : money(override)
	);
}

/**
 * The monthly leefloon of `category` on `date` (today in Brussels by default), from the dated table
 * of the sources README. The second argument is the date, or `{ date?, params? }`.
 * A date before 2024-05-01 throws `CalcInputError` (`no-parameter-for-date` at ['date']).
 */
export function leefloonAmount(
	category: LeefloonCategory,
	dateOrOptions?: string | LeefloonOptions
): LeefloonResult {
	const parsedCategory = parseInput(leefloonCategorySchema, category, ['category']);
	const options = typeof dateOrOptions === 'string' ? { date: dateOrOptions } : dateOrOptions;
	const { date, params } = readOptions(leefloonOptionsSchema, options);
	const source = leefloonSource(parsedCategory, date, params?.[parsedCategory]);
	// Every leefloon entry has a number (checked by the parameter tests).
	const amount = source.value!;
	return {
		category: parsedCategory,
		amount,
		from: source.from,
		steps: [
			{
				code: 'leefloon-amount',
				values: { category: parsedCategory, amount, from: source.from }
			}
		],
		sources: [source]
	};
}

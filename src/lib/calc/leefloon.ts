import Decimal from 'decimal.js';
import { z } from 'zod/mini';
import { referenceDate } from './dates';
import { CalcInputError } from './errors';
import { parseMoney } from './input';
import { leefloonCohabiting, leefloonFamily, leefloonSingle } from './params/leefloon';
import { partnerSource, valueOn, type ParamSource } from './params/parameter';

export const LEEFLOON_CATEGORIES = ['cohabiting', 'single', 'family'] as const;
export type LeefloonCategory = (typeof LEEFLOON_CATEGORIES)[number];

export const leefloonCategorySchema = z.enum(LEEFLOON_CATEGORIES);

const PARAMETERS = {
	cohabiting: leefloonCohabiting,
	single: leefloonSingle,
	family: leefloonFamily
} as const;

/** A partner may set its own monthly amounts per category (e.g. after an indexation we lack). */
export const leefloonParamsSchema = z.strictObject({
	cohabiting: z.optional(z.union([z.number(), z.string()])),
	single: z.optional(z.union([z.number(), z.string()])),
	family: z.optional(z.union([z.number(), z.string()]))
});
export type LeefloonParams = z.infer<typeof leefloonParamsSchema>;

export interface LeefloonResult {
	category: LeefloonCategory;
	/** The monthly amount, two decimals: "1314.20". */
	amount: string;
	/** The date this amount took effect. */
	from: string;
	steps: {
		code: 'leefloon-amount';
		values: { category: LeefloonCategory; amount: string; from: string };
	}[];
	sources: ParamSource[];
}

/**
 * The monthly leefloon of a category on a date (default: today in Brussels). A date before the first
 * known amount (2024-05-01) throws CalcInputError `no-parameter-for-date`.
 */
export function leefloonAmount(
	category: LeefloonCategory,
	date?: string,
	options: { params?: LeefloonParams } = {}
): LeefloonResult {
	if (!(LEEFLOON_CATEGORIES as readonly unknown[]).includes(category)) {
		throw new CalcInputError([{ path: ['category'], code: 'unknown-value' }]);
	}
	const day = referenceDate(date);
	const overrides = leefloonParamsSchema.safeParse(options.params ?? {});
	if (!overrides.success) throw new CalcInputError([{ path: ['params'], code: 'unknown-key' }]);
	const override = overrides.data[category];
	let source: ParamSource;
	if (override !== undefined) {
		const amount = parseMoney(override, ['params', category]).toFixed(2);
		source = partnerSource(PARAMETERS[category].id, amount, day);
	} else {
		source = valueOn(PARAMETERS[category], day);
	}
	// Every leefloon entry has a number; the cast states what defineParameter already checked.
	const amount = new Decimal(source.value as string).toFixed(2);
	return {
		category,
		amount,
		from: source.from,
		steps: [{ code: 'leefloon-amount', values: { category, amount, from: source.from } }],
		sources: [source]
	};
}

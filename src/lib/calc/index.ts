/**
 * The calculator core: pure functions, zod/mini input schemas, dated and sourced parameters.
 * Each calculator returns codes and numbers (amounts as strings with two decimals), its `steps`
 * and its `sources`; invalid input throws `CalcInputError`. Widgets word everything.
 */
export * from './errors';
export * from './dates';
export {
	AGE_LIMITS,
	AMOUNT_DECIMALS,
	MAXIMUM_TEXT_LENGTH,
	MAXIMUM_AGE,
	MAXIMUM_AMOUNT,
	ageSchema,
	amountSchema,
	countSchema,
	money,
	parseAmount,
	parseInput,
	parseWholeNumber,
	positiveAmountSchema,
	readDecimal,
	resolveAge,
	toCalcIssues,
	type AgeInput
} from './input';
export type { CalcOptions } from './options';
export * from './params/parameter';
export * from './params/parameter-schema';
export * from './leefloon';
export * from './savings-rules';
export * from './savings-loan';
export * from './savings-plan';
export * from './meal-cost';
export * from './food-package';

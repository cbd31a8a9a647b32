import { z } from 'zod/mini';
import { CalcInputError } from './errors';
import { ageSchema, countSchema, parseInput, resolveAge } from './input';
import { decimal, plus, times, toFixed } from './money';
import { optionsSchema, readOptions, type CalcOptions } from './options';
import { parameterOn, valueOn, type ParameterSource } from './params/parameter';
import { RULE_BOOK, parameterIn, type RuleBook } from './params/rule-book';

/** A household larger than this is a typing error. */
export const MAXIMUM_MEMBERS = 30;

export const foodPackageInputSchema = z.strictObject({
	members: z
		.array(z.strictObject({ age: ageSchema }))
		.check(z.minLength(1), z.maxLength(MAXIMUM_MEMBERS))
});
export type FoodPackageInput = z.input<typeof foodPackageInputSchema>;

/**
 * An organisation's own sizing. The page says only that packages are put together "in functie van
 * het aantal personen in het gezin en de eventuele kinderen": it names no sizes and no age for a
 * child, so these exist only when an organisation sets them, and are shown as set by it.
 */
export const foodPackageOverridesSchema = z.strictObject({
	/** The organisation's name, shown beside what it sets ("set by …"). */
	organisation: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
	mediumFromPersons: z.optional(countSchema(1, MAXIMUM_MEMBERS)),
	largeFromPersons: z.optional(countSchema(1, MAXIMUM_MEMBERS)),
	childAgeLimit: z.optional(countSchema(1, 120))
});
export type FoodPackageOverrides = z.input<typeof foodPackageOverridesSchema>;
export type FoodPackageOptions = CalcOptions<FoodPackageOverrides>;
const foodPackageOptionsSchema = optionsSchema(foodPackageOverridesSchema);

export type FoodPackageSize = 'small' | 'medium' | 'large';

/**
 * - `consumption-units`: firstMemberWeight + membersAged14OrOver × adultWeight + membersUnder14 ×
 *   childWeight = consumptionUnits (the oldest member is the first; the others are counted)
 * - `children`: members under the organisation's childAgeLimit = children (only when it sets one)
 * - `package-size`: persons compared with the organisation's mediumFromPersons and
 *   largeFromPersons = packageSize (only when it sets them; an unset one is absent)
 */
export type FoodPackageStepCode = 'consumption-units' | 'children' | 'package-size';
export interface FoodPackageStep {
	code: FoodPackageStepCode;
	values: Record<string, string | number>;
}

export interface FoodPackageResult {
	persons: number;
	/** Members under the scale's child age (14): the children the method counts. */
	scaleChildren: number;
	/**
	 * Modified OECD scale, one decimal: "2.1", i.e. the household needs about 2.1 times what one
	 * adult living alone needs.
	 */
	consumptionUnits: string;
	/** Members under the organisation's child age limit; null when no organisation set one. */
	children: number | null;
	/** The organisation's package size; null when it set no sizes. */
	packageSize: FoodPackageSize | null;
	/** The organisation that set the sizes or the child age, when it gave its name. */
	organisation: string | null;
	steps: FoodPackageStep[];
	sources: ParameterSource[];
}

const count = (value: number | undefined) => (value === undefined ? undefined : String(value));

/** Sizes a household for the Centre d'Entraide de Jette's food packages. */
export function foodPackage(
	input: FoodPackageInput,
	options?: FoodPackageOptions
): FoodPackageResult {
	return foodPackageIn(RULE_BOOK, input, options);
}

/** `foodPackage` on another rule book. */
export function foodPackageIn(
	book: RuleBook,
	input: FoodPackageInput,
	options?: FoodPackageOptions
): FoodPackageResult {
	const { date, lang, params } = readOptions(foodPackageOptionsSchema, options);
	const parsed = parseInput(foodPackageInputSchema, input, [], lang);
	const ages = parsed.members.map((member, index) =>
		resolveAge(member.age, date, ['members', index, 'age'])
	);
	const organisation = params?.organisation;

	// Modified OECD scale (a method, Eurostat's standard): the first member (the oldest) 1.0, each
	// further member aged 14 or over 0.5, each further member under 14 0.3.
	const firstWeight = valueOn(parameterIn(book, 'oecd.first-member-weight'), date);
	const adultWeight = valueOn(parameterIn(book, 'oecd.adult-weight'), date);
	const childWeight = valueOn(parameterIn(book, 'oecd.child-weight'), date);
	const scaleChildAge = valueOn(parameterIn(book, 'oecd.child-age-limit'), date);
	const [, ...others] = [...ages].sort((a, b) => b - a);
	const membersUnder14 = others.filter((age) => age < Number(scaleChildAge.value)).length;
	const membersAged14OrOver = others.length - membersUnder14;
	const consumptionUnits = toFixed(
		plus(
			plus(decimal(firstWeight.value!), times(decimal(adultWeight.value!), membersAged14OrOver)),
			times(decimal(childWeight.value!), membersUnder14)
		),
		1,
		'half-up'
	);
	const persons = ages.length;
	const result: FoodPackageResult = {
		persons,
		scaleChildren: ages.filter((age) => age < Number(scaleChildAge.value)).length,
		consumptionUnits,
		children: null,
		packageSize: null,
		organisation: organisation ?? null,
		steps: [
			{
				code: 'consumption-units',
				values: {
					firstMemberWeight: firstWeight.value!,
					membersAged14OrOver,
					adultWeight: adultWeight.value!,
					membersUnder14,
					childWeight: childWeight.value!,
					consumptionUnits
				}
			}
		],
		sources: [firstWeight, adultWeight, childWeight, scaleChildAge]
	};

	// What only an organisation can set: the page names no sizes and no age for a child. The rule
	// book keeps them as unconfirmed parameters with no value; a partner's value replaces that.
	const partner = (id: string, value: number | undefined) =>
		value === undefined
			? undefined
			: parameterOn(parameterIn(book, id), date, count(value), organisation);
	const childAge = partner('food-package.child-age-limit', params?.childAgeLimit);
	if (childAge) {
		result.children = ages.filter((age) => age < Number(childAge.value)).length;
		result.steps.push({
			code: 'children',
			values: { childAgeLimit: Number(childAge.value), children: result.children }
		});
		result.sources.push(childAge);
	}
	const medium = partner('food-package.medium-from-persons', params?.mediumFromPersons);
	const large = partner('food-package.large-from-persons', params?.largeFromPersons);
	if (medium && large && Number(large.value) < Number(medium.value)) {
		throw new CalcInputError([
			{
				path: ['params', 'largeFromPersons'],
				code: 'too-small',
				values: { minimum: Number(medium.value) }
			}
		]);
	}
	if (medium || large) {
		const from = (source: ParameterSource | undefined) =>
			source ? Number(source.value) : Number.POSITIVE_INFINITY;
		result.packageSize =
			persons >= from(large) ? 'large' : persons >= from(medium) ? 'medium' : 'small';
		result.steps.push({
			code: 'package-size',
			values: {
				persons,
				...(medium ? { mediumFromPersons: Number(medium.value) } : {}),
				...(large ? { largeFromPersons: Number(large.value) } : {}),
				packageSize: result.packageSize
			}
		});
		result.sources.push(...(medium ? [medium] : []), ...(large ? [large] : []));
	}
	return result;
}

import { z } from 'zod/mini';
import { CalcInputError } from './errors';
import { ageSchema, countSchema, parseInput, resolveAge } from './input';
import { decimal, plus, times, toFixed } from './money';
import { optionsSchema, readOptions, type CalcOptions } from './options';
import { foodPackageChildAgeLimit } from './params/food-package-child-age-limit';
import { foodPackageLargeFromPersons } from './params/food-package-large-from-persons';
import { foodPackageMediumFromPersons } from './params/food-package-medium-from-persons';
import { foodPackageYoungChildAgeLimit } from './params/food-package-young-child-age-limit';
import { oecdAdultWeight } from './params/oecd-adult-weight';
import { oecdChildAgeLimit } from './params/oecd-child-age-limit';
import { oecdChildWeight } from './params/oecd-child-weight';
import { oecdFirstMemberWeight } from './params/oecd-first-member-weight';
import { parameterOn, valueOn, type ParameterSource } from './params/parameter';

/** A household larger than this is a typing error. */
export const MAXIMUM_MEMBERS = 30;

export const foodPackageInputSchema = z.strictObject({
	members: z
		.array(z.strictObject({ age: ageSchema }))
		.check(z.minLength(1), z.maxLength(MAXIMUM_MEMBERS))
});
export type FoodPackageInput = z.input<typeof foodPackageInputSchema>;

/**
 * A partner's own sizing. The defaults are OURS: the page says only that packages follow "het
 * aantal personen in het gezin en de eventuele kinderen".
 */
export const foodPackageOverridesSchema = z.strictObject({
	mediumFromPersons: z.optional(countSchema(1, MAXIMUM_MEMBERS)),
	largeFromPersons: z.optional(countSchema(1, MAXIMUM_MEMBERS)),
	childAgeLimit: z.optional(countSchema(1, 120)),
	youngChildAgeLimit: z.optional(countSchema(1, 120))
});
export type FoodPackageOverrides = z.input<typeof foodPackageOverridesSchema>;
export type FoodPackageOptions = CalcOptions<FoodPackageOverrides>;
const foodPackageOptionsSchema = optionsSchema(foodPackageOverridesSchema);

export type FoodPackageSize = 'small' | 'medium' | 'large';

/**
 * - `consumption-units`: firstMemberWeight + membersAged14OrOver × adultWeight + membersUnder14 ×
 *   childWeight = consumptionUnits (the oldest member is the first; the others are counted)
 * - `children`: members under childAgeLimit = children
 * - `young-children`: members under youngChildAgeLimit = youngChildren (baby food and nappies)
 * - `package-size`: persons compared with mediumFromPersons and largeFromPersons = packageSize
 */
export type FoodPackageStepCode =
	'consumption-units' | 'children' | 'young-children' | 'package-size';
export interface FoodPackageStep {
	code: FoodPackageStepCode;
	values: Record<string, string | number>;
}

export interface FoodPackageResult {
	persons: number;
	/** Modified OECD scale, one decimal: "2.1". */
	consumptionUnits: string;
	/** Members under 18. */
	children: number;
	/** Members under 3, who need baby food and nappies. */
	youngChildren: number;
	/** From the persons in the household and our (or the partner's) thresholds. */
	packageSize: FoodPackageSize;
	/** True when there is a young child: the package includes baby food and nappies. */
	babySupplies: boolean;
	steps: FoodPackageStep[];
	sources: ParameterSource[];
}

const count = (value: number | undefined) => (value === undefined ? undefined : String(value));

/** Sizes a household for the Centre d'Entraide de Jette's food packages. */
export function foodPackage(
	input: FoodPackageInput,
	options?: FoodPackageOptions
): FoodPackageResult {
	const { date, lang, params } = readOptions(foodPackageOptionsSchema, options);
	const parsed = parseInput(foodPackageInputSchema, input, [], lang);
	const ages = parsed.members.map((member, index) =>
		resolveAge(member.age, date, ['members', index, 'age'])
	);

	const firstWeight = valueOn(oecdFirstMemberWeight, date);
	const adultWeight = valueOn(oecdAdultWeight, date);
	const childWeight = valueOn(oecdChildWeight, date);
	const oecdChildAge = valueOn(oecdChildAgeLimit, date);
	const childAge = parameterOn(foodPackageChildAgeLimit, date, count(params?.childAgeLimit));
	const youngChildAge = parameterOn(
		foodPackageYoungChildAgeLimit,
		date,
		count(params?.youngChildAgeLimit)
	);
	const medium = parameterOn(foodPackageMediumFromPersons, date, count(params?.mediumFromPersons));
	const large = parameterOn(foodPackageLargeFromPersons, date, count(params?.largeFromPersons));
	const mediumFromPersons = Number(medium.value);
	const largeFromPersons = Number(large.value);
	if (largeFromPersons < mediumFromPersons) {
		throw new CalcInputError([
			{
				path: [
					'params',
					params?.largeFromPersons === undefined ? 'mediumFromPersons' : 'largeFromPersons'
				],
				code: params?.largeFromPersons === undefined ? 'too-large' : 'too-small',
				values:
					params?.largeFromPersons === undefined
						? { maximum: largeFromPersons }
						: { minimum: mediumFromPersons }
			}
		]);
	}

	// Modified OECD scale: the first member (the oldest) 1.0, each further member aged 14 or over
	// 0.5, each further member under 14 0.3.
	const [, ...others] = [...ages].sort((a, b) => b - a);
	const membersUnder14 = others.filter((age) => age < Number(oecdChildAge.value)).length;
	const membersAged14OrOver = others.length - membersUnder14;
	const consumptionUnits = toFixed(
		plus(
			plus(decimal(firstWeight.value!), times(decimal(adultWeight.value!), membersAged14OrOver)),
			times(decimal(childWeight.value!), membersUnder14)
		),
		1,
		'half-up'
	);

	const children = ages.filter((age) => age < Number(childAge.value)).length;
	const youngChildren = ages.filter((age) => age < Number(youngChildAge.value)).length;
	const persons = ages.length;
	const packageSize: FoodPackageSize =
		persons >= largeFromPersons ? 'large' : persons >= mediumFromPersons ? 'medium' : 'small';

	return {
		persons,
		consumptionUnits,
		children,
		youngChildren,
		packageSize,
		babySupplies: youngChildren > 0,
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
			},
			{ code: 'children', values: { childAgeLimit: Number(childAge.value), children } },
			{
				code: 'young-children',
				values: { youngChildAgeLimit: Number(youngChildAge.value), youngChildren }
			},
			{
				code: 'package-size',
				values: { persons, mediumFromPersons, largeFromPersons, packageSize }
			}
		],
		sources: [
			firstWeight,
			adultWeight,
			childWeight,
			oecdChildAge,
			childAge,
			youngChildAge,
			medium,
			large
		]
	};
}

import { z } from 'zod/mini';
import { isoDateSchema } from '../dates';
import { CalcInputError } from '../errors';

/**
 * A rule's number lives in data, OpenFisca-style: what it is, its unit, and its values keyed by the
 * date each takes effect, each with where it comes from. A new amount is a new dated entry; history is
 * never rewritten, so a calculation for any date can be reproduced.
 */
export const SOURCE_PAGES = [
	/** ../shared/sources/jette-sociale-steun.txt — Municipality of Jette, "Sociale steun". */
	'jette-sociale-steun',
	/** ../shared/sources/stad-brussel-sociale-actie.txt — City of Brussels OCMW, "Sociale actie". */
	'stad-brussel-sociale-actie',
	/** A public source outside the two pages (the leefloon table, the OECD scale). */
	'external',
	/** Our own default where the sources give none; always marked unconfirmed. */
	'ours',
	/** A value set by a partner organisation through `options.params`. */
	'partner'
] as const;
export type SourcePage = (typeof SOURCE_PAGES)[number];

export const referenceSchema = z.strictObject({
	source: z.enum(SOURCE_PAGES),
	title: z.string().check(z.minLength(1)),
	/** The section of the source page, as titled there, e.g. "Financiële hulp › Jetse lening- en spaarvereniging". */
	section: z.optional(z.string()),
	url: z.optional(z.string())
});
export type Reference = z.infer<typeof referenceSchema>;

export const parameterSchema = z.strictObject({
	id: z.string().check(z.regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/)),
	description: z.string().check(z.minLength(1)),
	unit: z.enum(['EUR', 'EUR/month', 'EUR/meal', 'months', 'years', 'persons', 'ratio', 'weight']),
	values: z
		.array(
			z.strictObject({
				from: isoDateSchema,
				/** A decimal string; null when the sources give no number ("ask the service"). */
				value: z.nullable(z.string().check(z.regex(/^\d+(\.\d+)?$/))),
				unconfirmed: z.optional(z.boolean()),
				reference: referenceSchema
			})
		)
		.check(z.minLength(1))
});
export type Parameter = z.infer<typeof parameterSchema>;

/** A parameter's value as used in a result's `sources`: what, how much, since when, from where. */
export interface ParamSource {
	id: string;
	value: string | null;
	from: string;
	unconfirmed: boolean;
	reference: Reference;
}

/** Validates a parameter once, when its module loads: a malformed table fails every test at once. */
export function defineParameter(parameter: Parameter): Parameter {
	const checked = parameterSchema.parse(parameter);
	const dates = checked.values.map((v) => v.from);
	if ([...dates].sort().join() !== dates.join() || new Set(dates).size !== dates.length) {
		throw new Error(`Parameter ${checked.id}: values must be in date order, one per date`);
	}
	for (const v of checked.values) {
		if (v.value === null && v.unconfirmed !== true) {
			throw new Error(
				`Parameter ${checked.id}: a value without a number must be marked unconfirmed`
			);
		}
	}
	return checked;
}

/**
 * The value in force on a date: the latest entry that took effect on or before it. A date before
 * the first entry has no value and is refused, never answered with a guess.
 */
export function valueOn(
	parameter: Parameter,
	date: string,
	path: (string | number)[] = ['date']
): ParamSource {
	let found: Parameter['values'][number] | undefined;
	for (const entry of parameter.values) if (entry.from <= date) found = entry;
	if (!found) {
		throw new CalcInputError([
			{
				path,
				code: 'no-parameter-for-date',
				values: { parameter: parameter.id, firstDate: parameter.values[0]?.from ?? '' }
			}
		]);
	}
	return {
		id: parameter.id,
		value: found.value,
		from: found.from,
		unconfirmed: found.unconfirmed === true,
		reference: found.reference
	};
}

/** A partner organisation's own value for a parameter, applying from the reference date. */
export function partnerSource(id: string, value: string, date: string): ParamSource {
	return {
		id,
		value,
		from: date,
		unconfirmed: false,
		reference: { source: 'partner', title: 'Value set by the partner organisation' }
	};
}

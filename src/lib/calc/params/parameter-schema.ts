import { z } from 'zod/mini';
import { PARAMETER_UNITS, REFERENCE_SOURCES } from './parameter';

/*
 * The schemas of the parameter tables. They check the tables in the tests
 * (params/parameters.test.ts runs `defineParameter` on every table); the modules that the widgets
 * import (./parameter.ts and the tables) do not import this file, so no bundle carries it.
 */
export const referenceSchema = z.strictObject({
	title: z.string().check(z.minLength(1)),
	source: z.enum(REFERENCE_SOURCES),
	/** The section of the source page, e.g. "Financiële hulp › Jetse lening- en spaarvereniging". */
	section: z.optional(z.string().check(z.minLength(1))),
	url: z.optional(z.url())
});
export type Reference = z.infer<typeof referenceSchema>;

const parameterValueSchema = z
	.strictObject({
		from: z.iso.date(),
		/** A decimal string ('2.50', '12'), or null when the sources do not give it. */
		value: z.nullable(z.string().check(z.regex(/^\d+(?:\.\d+)?$/))),
		unconfirmed: z.optional(z.literal(true)),
		reference: referenceSchema
	})
	.check(
		z.refine((v) => (v.value === null) === (v.unconfirmed === true), {
			error: 'A value is unconfirmed exactly when it has no number.'
		})
	);
export type ParameterValue = z.infer<typeof parameterValueSchema>;

export const parameterSchema = z
	.strictObject({
		id: z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)),
		description: z.string().check(z.minLength(1)),
		unit: z.enum(PARAMETER_UNITS),
		values: z.array(parameterValueSchema).check(z.minLength(1))
	})
	.check(
		z.refine((p) => p.values.every((v, i) => i === 0 || p.values[i - 1]!.from < v.from), {
			error: 'Values are listed by the date they take effect, oldest first, each date once.'
		})
	);
export type Parameter = z.infer<typeof parameterSchema>;

/** Validates a parameter table: a malformed one throws. */
export function defineParameter(parameter: Parameter): Parameter {
	return parameterSchema.parse(parameter);
}

import { z } from 'zod/mini';
import { isoDateSchema, todayInBrussels, type IsoDate } from './dates';
import { parseInput } from './input';

/**
 * Options every calculator takes: the reference date ('YYYY-MM-DD', today in Brussels when absent)
 * and a partner's overrides of its parameters (a strict object: an unknown key is refused).
 * Issues are reported at ['date'] and ['params', key].
 */
export interface CalcOptions<Overrides> {
	date?: string;
	params?: Overrides;
}

export function optionsSchema<P extends z.ZodMiniType>(paramsSchema: P) {
	return z.optional(
		z.strictObject({
			date: z.optional(isoDateSchema),
			params: z.optional(paramsSchema)
		})
	);
}

export function readOptions<P extends z.ZodMiniType>(
	schema: ReturnType<typeof optionsSchema<P>>,
	options: unknown
): { date: IsoDate; params: z.output<P> | undefined } {
	const parsed = parseInput(schema, options);
	return { date: parsed?.date ?? todayInBrussels(), params: parsed?.params };
}

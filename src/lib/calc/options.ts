import { z } from 'zod/mini';
import { LANGS, type Lang } from '../i18n/lang';
import { isoDateSchema, todayInBrussels, type IsoDate } from './dates';
import { parseInput } from './input';

/**
 * Options every calculator takes: the reference date ('YYYY-MM-DD', today in Brussels when absent),
 * the language of the fields the input was typed in (`lang`: how "1.500" or "1,500" reads; see
 * calc/input.ts), and a partner's overrides of its parameters. A strict object, like an input: an
 * unknown key or an invalid value is refused, whatever else the input holds. Issues are reported at
 * ['date'], ['lang'] and ['params', key].
 */
export interface CalcOptions<Overrides> {
	date?: string;
	lang?: Lang;
	params?: Overrides;
}

export function optionsSchema<P extends z.ZodMiniType>(paramsSchema: P) {
	return z.optional(
		z.strictObject({
			date: z.optional(isoDateSchema),
			lang: z.optional(z.enum(LANGS)),
			params: z.optional(paramsSchema)
		})
	);
}

/**
 * The options, checked: a partner's parameters are plain machine text ("2.50"), read without a
 * language; the language applies to the input's fields.
 */
export function readOptions<P extends z.ZodMiniType>(
	schema: ReturnType<typeof optionsSchema<P>>,
	options: unknown
): { date: IsoDate; lang: Lang | undefined; params: z.output<P> | undefined } {
	const parsed = parseInput(schema, options, [], undefined);
	return { date: parsed?.date ?? todayInBrussels(), lang: parsed?.lang, params: parsed?.params };
}

import { z } from 'zod/mini';
import { DEFAULT_LANG, langOf, type Lang } from '../i18n/lang';

/*
 * The attributes of an embedded widget (<aid-meal-cost venue="restojet" ages="34,8">) and the query
 * parameters of its iframe page (/embed/meal-cost/?venue=restojet&ages=34,8) are the same names with
 * the same rules. Every value is checked here: a bad value is reported once in the console, in words a
 * partner's web developer understands, and is ignored, so the widget falls back to its own default.
 */

/** One starting value of a widget's form: the attribute, the `initial` key it fills, its rule. */
export interface StartAttribute {
	/** Attribute and query parameter name, kebab-case. */
	name: string;
	/** What a valid value looks like, for the console warning and EMBEDDING.md. */
	expected: string;
	/** A valid example, for EMBEDDING.md and the configurator's placeholder. */
	example: string;
	/** The values to choose from, when the attribute takes one of a few words. */
	choices?: readonly string[];
	/** From the attribute's text to the widget's `initial` value. */
	schema: z.ZodMiniType<unknown, string>;
}

/** A widget's starting values by `initial` key, and the schema of its `params` overrides. */
export interface WidgetAttributes<Initial> {
	start: { [Key in keyof Initial]?: StartAttribute };
	/** The calculator's overrides schema (every calculator has one: `options.params`). */
	params: z.ZodMiniType;
}

/** The attributes every widget takes, beside its starting values. */
export const COMMON_ATTRIBUTES = ['lang', 'date', 'params', 'heading-level'] as const;

/** The CSS custom properties an iframe page takes from its query (`?accent=%23b00020`). */
export const THEME_QUERY = {
	accent: '--aid-color-accent',
	'accent-contrast': '--aid-color-accent-contrast',
	text: '--aid-color-text',
	muted: '--aid-color-muted',
	background: '--aid-color-bg',
	surface: '--aid-color-surface',
	border: '--aid-color-border',
	font: '--aid-font-family',
	'font-size': '--aid-font-size',
	radius: '--aid-radius'
} as const;
export type ThemeKey = keyof typeof THEME_QUERY;

const trimmed = z.pipe(
	z.string(),
	z.transform((value) => value.trim())
);

/** A decimal amount as people type it: "1314,20", "1314.20", "25". */
export function amountAttribute(name: string, example: string): StartAttribute {
	return {
		name,
		expected: 'an amount in euro with digits and at most one decimal comma or point',
		example,
		schema: z.pipe(trimmed, z.string().check(z.regex(/^\d{1,9}([.,]\d{1,2})?$/)))
	};
}

/** A whole number within limits: "12". */
export function wholeNumberAttribute(
	name: string,
	example: string,
	minimum: number,
	maximum: number
): StartAttribute {
	return {
		name,
		expected: `a whole number from ${minimum} to ${maximum}`,
		example,
		schema: z.pipe(
			trimmed,
			z.string().check(
				z.regex(/^\d{1,6}$/),
				z.refine((value) => Number(value) >= minimum && Number(value) <= maximum)
			)
		)
	};
}

/** A number that may have a decimal part: "2,5". */
export function numberAttribute(
	name: string,
	example: string,
	minimum: number,
	maximum: number
): StartAttribute {
	return {
		name,
		expected: `a number from ${minimum} to ${maximum}`,
		example,
		schema: z.pipe(
			trimmed,
			z.string().check(
				z.regex(/^\d{1,6}([.,]\d{1,2})?$/),
				z.refine((value) => {
					const number = Number(value.replace(',', '.'));
					return number >= minimum && number <= maximum;
				})
			)
		)
	};
}

/** One of a few words: venue="restojet". */
export function choiceAttribute<const Choice extends string>(
	name: string,
	choices: readonly [Choice, ...Choice[]]
): StartAttribute {
	return {
		name,
		expected: `one of ${choices.join(', ')}`,
		example: choices[0],
		choices,
		schema: z.pipe(trimmed, z.enum(choices))
	};
}

/** yes or no, as a boolean. */
export function yesNoAttribute(name: string): StartAttribute {
	return {
		name,
		expected: 'yes or no',
		example: 'yes',
		choices: ['yes', 'no'],
		schema: z.pipe(
			z.pipe(trimmed, z.enum(['yes', 'no'])),
			z.transform((value) => value === 'yes')
		)
	};
}

/** A comma-separated list of whole numbers within limits: ages="34,8,2". */
export function wholeNumberListAttribute(
	name: string,
	example: string,
	minimum: number,
	maximum: number,
	maxItems: number
): StartAttribute {
	return {
		name,
		expected: `up to ${maxItems} whole numbers from ${minimum} to ${maximum}, separated by commas`,
		example,
		schema: z.pipe(
			z.pipe(
				trimmed,
				z.transform((value) => value.split(',').map((item) => item.trim()))
			),
			z
				.array(
					z.string().check(
						z.regex(/^\d{1,3}$/),
						z.refine((item) => Number(item) >= minimum && Number(item) <= maximum)
					)
				)
				.check(z.minLength(1), z.maxLength(maxItems))
		)
	};
}

/** What an element or iframe page passes to the widget, read from its attributes. */
export interface ParsedAttributes {
	lang: Lang;
	date: string | undefined;
	params: unknown;
	initial: Record<string, unknown>;
	headingLevel: 2 | 3;
}

const dateSchema = z.iso.date();

/**
 * Reads and checks every attribute. `read` gives an attribute's value (null when absent), `warn`
 * receives one readable sentence per ignored value, `pageLang` is the language of the page around
 * the widget (its nearest `lang` attribute), used when `lang` is absent or not one of ours.
 */
export function parseAttributes<Initial>(
	spec: WidgetAttributes<Initial>,
	read: (name: string) => string | null,
	warn: (message: string) => void,
	pageLang: string | null | undefined
): ParsedAttributes {
	const fallbackLang = langOf(pageLang) ?? DEFAULT_LANG;
	const langValue = read('lang');
	let lang = fallbackLang;
	if (langValue !== null) {
		const chosen = langOf(langValue);
		if (chosen) lang = chosen;
		else warn(`ignored lang="${langValue}": expected nl, fr or en; using ${fallbackLang}`);
	}

	const dateValue = read('date');
	let date: string | undefined;
	if (dateValue !== null) {
		if (dateSchema.safeParse(dateValue.trim()).success) date = dateValue.trim();
		else warn(`ignored date="${dateValue}": expected a date as YYYY-MM-DD; using today`);
	}

	const levelValue = read('heading-level');
	let headingLevel: 2 | 3 = 2;
	if (levelValue !== null) {
		if (levelValue.trim() === '2' || levelValue.trim() === '3') {
			headingLevel = Number(levelValue.trim()) as 2 | 3;
		} else warn(`ignored heading-level="${levelValue}": expected 2 or 3; using 2`);
	}

	let params: unknown = undefined;
	const paramsValue = read('params');
	if (paramsValue !== null && paramsValue.trim() !== '') {
		params = parseParams(spec.params, paramsValue, warn);
	}

	const initial: Record<string, unknown> = {};
	for (const [key, attribute] of Object.entries(spec.start) as [string, StartAttribute][]) {
		const value = read(attribute.name);
		if (value === null) continue;
		const parsed = attribute.schema.safeParse(value);
		if (parsed.success) initial[key] = parsed.data;
		else warn(`ignored ${attribute.name}="${value}": expected ${attribute.expected}`);
	}

	return { lang, date, params, initial, headingLevel };
}

function parseParams(
	schema: z.ZodMiniType,
	text: string,
	warn: (message: string) => void
): unknown {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		warn(`ignored params: not valid JSON (${(error as Error).message}); using the usual values`);
		return undefined;
	}
	const parsed = schema.safeParse(json);
	// The JSON as written, not the schema's output: the calculator reads its options itself, and a
	// parsed amount (a decimal, not the text) would not read as one again.
	if (parsed.success) return json;
	const problems = parsed.error.issues
		.slice(0, 3)
		.map((issue) => `${['params', ...issue.path.map(String)].join('.')}: ${issue.code}`)
		.join('; ');
	warn(`ignored params: ${problems}; using the usual values`);
	return undefined;
}

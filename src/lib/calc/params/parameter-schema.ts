import { z } from 'zod/mini';
import { PARAMETER_UNITS, VALUE_STATUSES } from './vocabulary.ts';

/*
 * The schemas of the rule book's data files (data/parameters/*.yaml, data/references.yaml,
 * data/meal-venues/*.yaml). The build (scripts/rule-book.ts) checks every file with them before it
 * compiles the data into modules, so a malformed file stops the build with its name and path; the
 * JSON Schemas under static/schemas/ are generated from them. No widget imports this module.
 */

const text = z.string().check(z.minLength(1));
/** A text in each of our languages. */
export const wordsSchema = z.strictObject({ nl: text, fr: text, en: text });
const isoDate = z.iso.date();

/** A page cited by the data: one of the two source pages, a method's page or an external page. */
export const referenceEntrySchema = z.strictObject({
	/** What the page is, in each language: shown wherever a figure cites it. */
	title: wordsSchema,
	/** The page's address; the two source pages are cited by name and section only. */
	url: z.optional(z.url()),
	/**
	 * `source-page`: one of the pages the product is built from, whose quotes the tests hold against
	 * their copy in tests/fixtures/sources/; `method`: a published method we apply openly;
	 * `external`: a public page outside the source pages that publishes a figure.
	 */
	kind: z.enum(['source-page', 'method', 'external'])
});
export const referencesFileSchema = z.record(
	z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
	referenceEntrySchema
);
export type ReferenceEntry = z.infer<typeof referenceEntrySchema>;

/** Where a value is stated: a page of data/references.yaml and, on a source page, its section. */
export const valueReferenceSchema = z.strictObject({
	page: text,
	/** The section as the page titles it: "Materiële hulp › Het sociaal restaurant van het OCMW". */
	section: z.optional(text),
	/** For an external page: the label under which it states the figure ("index 1 mei 2024"). */
	label: z.optional(text)
});

/**
 * One dated value. `from` is the date it takes effect, or null where the source gives no date
 * ("as published": it applies on any date until a later dated value replaces it).
 */
export const parameterValueFileSchema = z
	.strictObject({
		from: z.nullable(isoDate),
		/** A decimal ('2.50', '12'), or null when nothing states it (status `unconfirmed`). */
		value: z.nullable(z.string().check(z.regex(/^\d+(?:\.\d+)?$/))),
		status: z.enum(VALUE_STATUSES),
		reference: valueReferenceSchema,
		/** The source's own sentence, verbatim (Dutch on the source pages). */
		quote: z.optional(text),
		/** The day someone last compared the value with its source. */
		checked: isoDate
	})
	.check(
		z.refine((v) => (v.value === null) === (v.status === 'unconfirmed'), {
			error: 'A value is unconfirmed exactly when it has no number.'
		}),
		z.refine((v) => v.status !== 'confirmed' || v.quote !== undefined, {
			error: 'A confirmed value carries the sentence that states it (quote).'
		})
	);

export const parameterFileSchema = z
	.strictObject({
		id: z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)),
		description: wordsSchema,
		unit: z.enum(PARAMETER_UNITS),
		values: z.array(parameterValueFileSchema).check(z.minLength(1))
	})
	.check(
		z.refine(
			(p) =>
				p.values.every(
					(v, i) =>
						i === 0 || (v.from !== null && (p.values[i - 1]!.from ?? '') < v.from && v.from !== '')
				),
			{
				error:
					'Values are listed oldest first, each date once; only the first may be undated (null).'
			}
		)
	);
export type ParameterFile = z.infer<typeof parameterFileSchema>;

/** Who may eat at a venue, as its source states it. */
export const venueAccessSchema = z.strictObject({
	/**
	 * `open`: open to everyone; `leefloon`: for people who receive the leefloon, with a derogation
	 * for an income equal to it; `ask`: the source names no one, so the person asks.
	 */
	rule: z.enum(['open', 'leefloon', 'ask']),
	status: z.enum(VALUE_STATUSES),
	reference: valueReferenceSchema,
	quote: z.optional(text),
	checked: isoDate
});

/** A social restaurant: its names and the parameters that hold its prices and opening days. */
export const venueFileSchema = z.strictObject({
	id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
	/** Venues are listed in this order (the form, the chart). */
	order: z.int(),
	municipality: text,
	name: wordsSchema,
	shortName: wordsSchema,
	access: venueAccessSchema,
	/** Parameter ids: the price of a meal (or of an adult's meal when a child price exists). */
	prices: z.strictObject({
		adult: text,
		child: z.optional(text),
		childAgeLimit: z.optional(text)
	}),
	/** Parameter id: the most days the venue serves meals in one week. */
	daysOpen: text
});
export type VenueFile = z.infer<typeof venueFileSchema>;

/**
 * The help finder's data model: zod schemas for the directory (entries, organisations, opening
 * hours, who a service is for, needs, evidence) and the types inferred from them. It imports zod
 * only: the build reads it to validate the data files (src/lib/data/services.ts).
 *
 * Every fact in the directory comes from the two source pages in `shared/sources/`; a fact the
 * sources do not give is left out (an optional field is absent, a list is empty), never guessed.
 */
import { z } from 'zod/mini';

/*
 * The browser uses `profileSchema` and the constants; the directory's schemas only check the data in
 * the tests (validate.ts). Each `.check()` call is marked pure: a bundler cannot know that it has no
 * side effects, and would otherwise keep the unused schemas on the finder and session pages.
 */

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

export const LANGS = ['nl', 'fr', 'en'] as const;

const text = /* @__PURE__ */ z.string().check(z.minLength(1));

/** A text written in each of the site's three languages. */
export const localizedSchema = z.strictObject({ nl: text, fr: text, en: text });
export type Localized = z.infer<typeof localizedSchema>;

/**
 * What a person can need help with: the finder's first question, and the tags of every service in
 * the data files (each tag backed by the source's words). A widget words and pictures each code.
 */
export const NEEDS = [
	'food',
	'meals',
	'clothes',
	'money',
	'debt',
	'housing',
	'shelter',
	'work',
	'training',
	'health',
	'home-help',
	'family',
	'legal',
	'addiction',
	'mobility',
	'social-contact',
	'administration'
] as const;
export const needSchema = z.enum(NEEDS);
export type Need = z.infer<typeof needSchema>;

const kebabId = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/**
 * A municipality (an office's place, or the area a service belongs to): a kebab-case id. Which ones
 * exist comes from the data (`data/services/<municipality>/municipality.yaml`), not from code; the
 * loader checks every reference against them.
 */
export const municipalityIdSchema = kebabId;
export type MunicipalityId = string;
/** @deprecated names kept for callers: a municipality id. */
export type LocationMunicipality = MunicipalityId;
export type ServedMunicipality = MunicipalityId;

/** An address exactly as the source writes it; the postcode only when the source gives one. */
export const addressSchema = z.strictObject({
	street: text,
	postcode: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\d{4}$/))),
	city: text
});
export type Address = z.infer<typeof addressSchema>;

/**
 * One format for every Belgian number: "+32 2 422 46 11" (international prefix, zone, then
 * groups; mobiles "+32 470 12 34 56"). All numbers in the sources are Brussels landlines (zone 2).
 */
export const PHONE_FORMAT = /^\+32 \d{1,3}( \d{2,3}){2,3}$/;

export const phoneSchema = z.strictObject({
	number: /* @__PURE__ */ z.string().check(z.regex(PHONE_FORMAT)),
	/** The number as the source writes it, e.g. "02.422.46.11". */
	raw: text,
	/** What the number is for, when the source says, e.g. care requests. */
	label: z.optional(localizedSchema)
});
export type Phone = z.infer<typeof phoneSchema>;

// ---------------------------------------------------------------------------------------------
// Opening hours
// ---------------------------------------------------------------------------------------------

/** 'HH:MM', 00:00 to 23:59, in Brussels wall-clock time. */
export const clockTimeSchema = /* @__PURE__ */ z
	.string()
	.check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** ISO weekday: Monday = 1 … Sunday = 7. */
export const weekdaySchema = z.literal([1, 2, 3, 4, 5, 6, 7]);
export type Weekday = z.infer<typeof weekdaySchema>;

/**
 * How a schedule is reached: a visit, a phone line, a consultation, a permanence, meals served,
 * meals delivered, activities. A widget words each code.
 */
export const CHANNELS = [
	'visit',
	'phone',
	'consultation',
	'permanence',
	'meals',
	'meal-delivery',
	'activities'
] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/** What every schedule has: its channel, an optional label, and its own place or phone if any. */
const scheduleBase = {
	channel: channelSchema,
	label: z.optional(localizedSchema),
	/** Where this channel takes place, when it is not the entry's address (the legal aid office). */
	address: z.optional(addressSchema),
	/** The number for this channel, when it is not one of the entry's numbers (the telebalie). */
	phone: z.optional(phoneSchema)
};

const isBefore = (open: string, close: string) => open < close;

export const weeklyRangeSchema = /* @__PURE__ */ z
	.strictObject({ day: weekdaySchema, open: clockTimeSchema, close: clockTimeSchema })
	.check(z.refine((r) => isBefore(r.open, r.close), { message: 'close must be after open' }));
export type WeeklyRange = z.infer<typeof weeklyRangeSchema>;

/** Fixed hours on given weekdays, e.g. "Monday 10–12, Tuesday 14–16". */
export const weeklyScheduleSchema = z.strictObject({
	kind: z.literal('weekly'),
	...scheduleBase,
	ranges: /* @__PURE__ */ z.array(weeklyRangeSchema).check(z.minLength(1))
});

/**
 * "Every working day from 14 to 17": Monday to Friday. Public holidays are not known from the
 * sources, so they are not excluded: a widget should say "working days" and not promise a date.
 */
export const workingDaysScheduleSchema = /* @__PURE__ */ z
	.strictObject({
		kind: z.literal('working-days'),
		...scheduleBase,
		open: clockTimeSchema,
		close: clockTimeSchema
	})
	.check(z.refine((r) => isBefore(r.open, r.close), { message: 'close must be after open' }));

/**
 * "Every second and fourth Tuesday of the month at 11:00". The source gives a start time only:
 * with `durationMinutes: null` the schedule is never "open now"; `nextOpen` is the next start and
 * `nextClose` is null. A duration, when a source gives one, makes it an ordinary interval.
 */
export const monthlyNthWeekdayScheduleSchema = z.strictObject({
	kind: z.literal('monthly-nth-weekday'),
	...scheduleBase,
	weekday: weekdaySchema,
	/** Which occurrences in the month, 1 to 4 (a fifth occurrence is never meant by "nth"). */
	nth: /* @__PURE__ */ z.array(z.literal([1, 2, 3, 4])).check(z.minLength(1)),
	time: clockTimeSchema,
	durationMinutes: z.nullable(/* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(24 * 60)))
});

/** "Only by appointment, on Tuesday": never open now, no next opening computed. */
export const byAppointmentScheduleSchema = z.strictObject({
	kind: z.literal('by-appointment'),
	...scheduleBase,
	days: z.optional(/* @__PURE__ */ z.array(weekdaySchema).check(z.minLength(1)))
});

/**
 * Hours known, days not given ("meals are served between 12 and 14", Restojet). Never claims to
 * be open, since the days are not known.
 */
export const timeOnlyScheduleSchema = /* @__PURE__ */ z
	.strictObject({
		kind: z.literal('time-only'),
		...scheduleBase,
		open: clockTimeSchema,
		close: clockTimeSchema
	})
	.check(z.refine((r) => isBefore(r.open, r.close), { message: 'close must be after open' }));

/**
 * Days known, hours not given ("open from Monday to Friday"), optionally a closing time only
 * ("activities until 15:45"). Never claims to be open, since the hours are not known.
 */
export const daysOnlyScheduleSchema = z.strictObject({
	kind: z.literal('days-only'),
	...scheduleBase,
	days: /* @__PURE__ */ z.array(weekdaySchema).check(z.minLength(1)),
	close: z.optional(clockTimeSchema)
});

/** Around the clock ("tel 24h/24"). */
export const alwaysScheduleSchema = z.strictObject({
	kind: z.literal('always'),
	...scheduleBase
});

/** Words only ("some Sundays"): shown as text, never computed as open. */
export const textScheduleSchema = z.strictObject({
	kind: z.literal('text'),
	...scheduleBase,
	text: localizedSchema
});

export const scheduleSchema = z.discriminatedUnion('kind', [
	weeklyScheduleSchema,
	workingDaysScheduleSchema,
	monthlyNthWeekdayScheduleSchema,
	byAppointmentScheduleSchema,
	timeOnlyScheduleSchema,
	daysOnlyScheduleSchema,
	alwaysScheduleSchema,
	textScheduleSchema
]);
export type Schedule = z.infer<typeof scheduleSchema>;
export type ScheduleKind = Schedule['kind'];
export const SCHEDULE_KINDS: readonly ScheduleKind[] = [
	'weekly',
	'working-days',
	'monthly-nth-weekday',
	'by-appointment',
	'time-only',
	'days-only',
	'always',
	'text'
];

// ---------------------------------------------------------------------------------------------
// Who a service is for
// ---------------------------------------------------------------------------------------------

export const GENDERS = ['woman', 'man', 'other'] as const;
export const genderSchema = z.enum(GENDERS);
export type Gender = z.infer<typeof genderSchema>;

/**
 * Who a source says a service is "mainly" for. It never makes a service unlikely; when the answers
 * say the person is not in that group, the service is `maybe`, never `likely`.
 */
export const MAINLY_CODES = [
	'long-term-unemployed-50-plus',
	'psychological-problems',
	'no-other-income',
	'mothers'
] as const;
export const mainlySchema = z.enum(MAINLY_CODES);
export type Mainly = z.infer<typeof mainlySchema>;

/**
 * Conditions a source states that the finder does not ask about (it would be nobody's business, or
 * only the service can judge): they keep a service at `maybe` and are shown as "ask the service".
 * `ask-access`: the source names no target group at all for a place one might assume open (De
 * Engelbewaarder).
 */
export const CONDITION_CODES = [
	'ask-access',
	'alternative-sentence',
	'crime-victim',
	'serious-illness',
	'palliative-care',
	'social-help-recipient',
	'helped-by-organisation',
	'low-means'
] as const;
export const conditionSchema = z.enum(CONDITION_CODES);
export type Condition = z.infer<typeof conditionSchema>;

/**
 * Hard criteria a source states. Each one maps to one reason code (see evaluate.ts). An absent
 * field means the source states no such condition.
 */
export const criteriaSchema = z.strictObject({
	/** Residents of these municipalities only: only where the source says so ("De Jettenaren"). */
	municipality: z.optional(/* @__PURE__ */ z.array(municipalityIdSchema).check(z.minLength(1))),
	ageMin: z.optional(/* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(120))),
	ageMax: z.optional(/* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(120))),
	gender: z.optional(/* @__PURE__ */ z.array(genderSchema).check(z.minLength(1))),
	/** true: people with children; false: people without children. */
	hasChildren: z.optional(z.boolean()),
	singleParent: z.optional(z.literal(true)),
	homeless: z.optional(z.literal(true)),
	/** false: people without a residence permit. */
	residencePermit: z.optional(z.literal(false)),
	/** People who receive the leefloon, or whose income is at most the leefloon (a derogation). */
	receivesLeefloonOrIncomeAtMostLeefloon: z.optional(z.literal(true)),
	disability: z.optional(z.literal(true)),
	addiction: z.optional(z.literal(true)),
	/** Drug users (Transit): an addiction answer "no" rules it out, "yes" leaves it to ask. */
	drugUse: z.optional(z.literal(true)),
	needsHelpAtHome: z.optional(z.literal(true)),
	/** The source says the service is open to everyone ("voor iedereen open"). */
	openToAll: z.optional(z.literal(true)),
	mainly: z.optional(/* @__PURE__ */ z.array(mainlySchema).check(z.minLength(1))),
	conditions: z.optional(/* @__PURE__ */ z.array(conditionSchema).check(z.minLength(1)))
});
export type Criteria = z.infer<typeof criteriaSchema>;

// ---------------------------------------------------------------------------------------------
// Evidence: the source's own words for each group of facts
// ---------------------------------------------------------------------------------------------

/**
 * `confirmed`: the quote states it; `method`: a method we apply openly (with its reference);
 * `unconfirmed`: nothing states it, shown as "ask the service".
 */
export const FACT_STATUSES = ['confirmed', 'method', 'unconfirmed'] as const;

const isoDate = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const quoteText = /* @__PURE__ */ z.string().check(z.minLength(3));

/** One group of facts' backing: the verbatim Dutch words of the source and when they were checked. */
export const factSchema = /* @__PURE__ */ z
	.strictObject({
		status: z.enum(FACT_STATUSES),
		/** Verbatim from the source page (whitespace aside); several sentences as a list. */
		quote: z.optional(
			z.union([quoteText, /* @__PURE__ */ z.array(quoteText).check(z.minLength(1))])
		),
		/** For `method`: the published method applied. */
		reference: z.optional(text),
		checked: isoDate
	})
	.check(
		z.refine((f) => (f.status === 'confirmed') === (f.quote !== undefined), {
			message: 'a confirmed fact has a quote, and only a confirmed fact has one'
		})
	);
export type Fact = z.infer<typeof factSchema>;

/** The groups of facts a service states: who it is for, hours, prices, address and phones. */
export const evidenceSchema = z.strictObject({
	who: z.optional(factSchema),
	hours: z.optional(factSchema),
	price: z.optional(factSchema),
	contact: z.optional(factSchema)
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** A need a service serves, with the source's words that say so. */
export const needTagSchema = z.strictObject({ need: needSchema, quote: quoteText });
export type NeedTag = z.infer<typeof needTagSchema>;

// ---------------------------------------------------------------------------------------------
// Entries and organisations
// ---------------------------------------------------------------------------------------------

export const sourceSchema = z.strictObject({
	/** A source page's id, as its municipality file lists it (e.g. "jette-sociale-steun"). */
	page: kebabId,
	/** The section as the page titles it, e.g. "Materiële hulp › Voedselhulp". */
	section: text
});
export type Source = z.infer<typeof sourceSchema>;

const kebab = kebabId;

export const organisationSchema = z.strictObject({
	id: kebab,
	/** The name as the source gives it; translated only when it is a generic description. */
	name: localizedSchema,
	notes: z.optional(z.array(localizedSchema))
});
export type Organisation = z.infer<typeof organisationSchema>;

/** A source page, as a municipality's data file lists it. */
export const sourcePageSchema = z.strictObject({
	id: kebab,
	/** The page's text, kept under tests/fixtures/sources/ for the quote test. */
	file: /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9-]+\.txt$/)),
	title: localizedSchema,
	url: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^https:\/\//)))
});
export type SourcePage = z.infer<typeof sourcePageSchema>;

/** A municipality (or area) whose services the finder lists. */
export const municipalitySchema = z.strictObject({
	id: kebab,
	name: localizedSchema,
	sources: /* @__PURE__ */ z.array(sourcePageSchema).check(z.minLength(1)),
	/** Its services' ids, in the order of the source page: the finder keeps it among equals. */
	services: /* @__PURE__ */ z.array(kebab).check(z.minLength(1))
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const APPOINTMENT = ['required', 'not-required', 'unknown'] as const;

export const entrySchema = z.strictObject({
	/** Stable, kebab-case: links and saved searches use it. */
	id: kebab,
	name: localizedSchema,
	organisationId: kebab,
	/** Where the office is; null when the source gives no place (a phone line only). */
	municipality: z.nullable(municipalityIdSchema),
	/** The needs it serves, each with the source's words. */
	needs: /* @__PURE__ */ z.array(needTagSchema).check(z.minLength(1)),
	/** Plain language (B1), short sentences, written in our own words. */
	description: localizedSchema,
	criteria: criteriaSchema,
	/**
	 * The municipality whose OCMW or administration runs it, where the source does not say it helps
	 * only its residents: someone from elsewhere is told to ask ("maybe"), never turned away.
	 */
	localTo: z.optional(municipalityIdSchema),
	/** null when the source gives no address. */
	address: z.nullable(addressSchema),
	phones: z.array(phoneSchema),
	email: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/))),
	/** One schedule per channel; empty when the source gives no hours. */
	hours: z.array(scheduleSchema),
	appointment: z.enum(APPOINTMENT),
	/** What to bring or do, when the source says. */
	todo: z.optional(localizedSchema),
	/** When the entry has no contact of its own: the entry through which it is reached. */
	reachedVia: z.optional(kebab),
	source: sourceSchema,
	/** Inconsistencies in the source and our interpretations, in plain words. */
	notes: z.optional(z.array(localizedSchema)),
	/** The source's words for each group of facts. */
	evidence: evidenceSchema
});
export type Entry = z.infer<typeof entrySchema>;

/** One municipality's data: itself, its organisations and its services. */
export const directoryDataSchema = z.strictObject({
	municipalities: z.array(municipalitySchema),
	organisations: z.array(organisationSchema),
	entries: z.array(entrySchema)
});
export type DirectoryData = z.infer<typeof directoryDataSchema>;

// ---------------------------------------------------------------------------------------------
// The user's profile
// ---------------------------------------------------------------------------------------------

/** The profile's answer for someone who lives in none of the directory's municipalities. */
export const OTHER_MUNICIPALITY = 'other';

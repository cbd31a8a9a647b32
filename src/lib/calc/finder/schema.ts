/**
 * The help finder's data model: zod schemas for the directory (entries, organisations, opening
 * hours, who a service is for) and for the user's profile, and the types inferred from them.
 *
 * Every fact in the directory comes from the two source pages in `shared/sources/`; a fact the
 * sources do not give is left out (an optional field is absent, a list is empty), never guessed.
 */
import { z } from 'zod/mini';
import { leefloonCategorySchema } from '../leefloon';

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

/** What kind of help an entry gives; a widget words each code. */
export const CATEGORIES = [
	'money',
	'food',
	'clothing',
	'housing',
	'health',
	'legal',
	'administrative',
	'work-training',
	'family-children',
	'help-at-home',
	'mobility'
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/**
 * Where an office is. The codes name the municipalities the sources mention: Jette, the City of
 * Brussels ("1000 Brussel"), Elsene/Ixelles ("1050 Elsene"), Schaarbeek ("1030 Schaarbeek") and
 * Etterbeek ("1040 Etterbeek").
 */
export const LOCATION_MUNICIPALITIES = [
	'jette',
	'brussels-city',
	'elsene',
	'schaarbeek',
	'etterbeek'
] as const;
export const locationMunicipalitySchema = z.enum(LOCATION_MUNICIPALITIES);
export type LocationMunicipality = z.infer<typeof locationMunicipalitySchema>;

/** The municipalities whose residents a service can be reserved for (a criterion). */
export const SERVED_MUNICIPALITIES = ['jette', 'brussels-city'] as const;
export const servedMunicipalitySchema = z.enum(SERVED_MUNICIPALITIES);
export type ServedMunicipality = z.infer<typeof servedMunicipalitySchema>;

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
 * Who a source says a service is "mainly" for. It never makes a service unlikely; a widget may
 * show it as "mainly for …".
 */
export const MAINLY_CODES = [
	'long-term-unemployed-50-plus',
	'psychological-problems',
	'income-at-most-leefloon',
	'mothers'
] as const;
export const mainlySchema = z.enum(MAINLY_CODES);
export type Mainly = z.infer<typeof mainlySchema>;

/**
 * Hard criteria a source states. Each one maps to one reason code (see find-help.ts). An absent
 * field means the source states no such condition.
 */
export const criteriaSchema = z.strictObject({
	/** Residents of these municipalities only. */
	municipality: z.optional(/* @__PURE__ */ z.array(servedMunicipalitySchema).check(z.minLength(1))),
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
	needsHelpAtHome: z.optional(z.literal(true)),
	/** The source says the service is open to everyone ("voor iedereen open"). */
	openToAll: z.optional(z.literal(true)),
	mainly: z.optional(/* @__PURE__ */ z.array(mainlySchema).check(z.minLength(1)))
});
export type Criteria = z.infer<typeof criteriaSchema>;

// ---------------------------------------------------------------------------------------------
// Entries and organisations
// ---------------------------------------------------------------------------------------------

export const SOURCE_PAGES = ['jette-sociale-steun', 'stad-brussel-sociale-actie'] as const;

export const sourceSchema = z.strictObject({
	page: z.enum(SOURCE_PAGES),
	/** The section as the page titles it, e.g. "Materiële hulp › Voedselhulp". */
	section: text
});
export type Source = z.infer<typeof sourceSchema>;

const kebab = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const organisationSchema = z.strictObject({
	id: kebab,
	/** The name as the source gives it; translated only when it is a generic description. */
	name: localizedSchema,
	notes: z.optional(z.array(localizedSchema))
});
export type Organisation = z.infer<typeof organisationSchema>;

export const APPOINTMENT = ['required', 'not-required', 'unknown'] as const;

export const entrySchema = z.strictObject({
	/** Stable, kebab-case: links and saved searches use it. */
	id: kebab,
	name: localizedSchema,
	organisationId: kebab,
	/** Where the office is; null when the source gives no place (a phone line only). */
	municipality: z.nullable(locationMunicipalitySchema),
	categories: /* @__PURE__ */ z.array(categorySchema).check(z.minLength(1)),
	/** Plain language (B1), short sentences, written in our own words. */
	description: localizedSchema,
	criteria: criteriaSchema,
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
	notes: z.optional(z.array(localizedSchema))
});
export type Entry = z.infer<typeof entrySchema>;

// ---------------------------------------------------------------------------------------------
// The user's profile
// ---------------------------------------------------------------------------------------------

export const PROFILE_MUNICIPALITIES = ['jette', 'brussels-city', 'other'] as const;

/**
 * Everything is optional: an unanswered question never rules a service out. The leefloon
 * category's values are those of the leefloon calculator (src/lib/calc/leefloon.ts):
 * 'cohabiting', 'single', 'family'.
 */
export const profileSchema = z.strictObject({
	/** Whole years, 0 to 120: a number or a string of digits, checked by the shared parser. */
	age: z.optional(z.union([z.number(), z.string()])),
	gender: z.optional(genderSchema),
	municipality: z.optional(z.enum(PROFILE_MUNICIPALITIES)),
	hasChildren: z.optional(z.boolean()),
	singleParent: z.optional(z.boolean()),
	homeless: z.optional(z.boolean()),
	hasResidencePermit: z.optional(z.boolean()),
	receivesLeefloon: z.optional(z.boolean()),
	/** A number, or a string with a decimal comma or point ("1314,20"). */
	monthlyNetIncome: z.optional(z.union([z.number(), z.string()])),
	leefloonCategory: z.optional(leefloonCategorySchema),
	disability: z.optional(z.boolean()),
	addiction: z.optional(z.boolean()),
	longTermUnemployed: z.optional(z.boolean()),
	needsHelpAtHome: z.optional(z.boolean())
});

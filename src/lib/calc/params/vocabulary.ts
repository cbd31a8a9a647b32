// The rule book's vocabulary, in a module that imports nothing: the build (scripts/rule-book.ts,
// loaded with the Vite config) and the calculators share it.

/** The units a parameter may have. */
export const PARAMETER_UNITS = [
	'EUR',
	'EUR/month',
	'EUR/meal',
	'months',
	'years',
	'persons',
	'days/week',
	'ratio',
	'consumption-units'
] as const;
/**
 * How we know a value:
 * - `confirmed`: a sentence of a source page states it (its `quote`, held by the tests against the
 *   page's copy in tests/fixtures/sources/);
 * - `method`: a published method we apply openly (the modified OECD scale), cited by its own page;
 * - `published`: an official figure published outside the source pages (the leefloon amounts),
 *   cited by that page and the label under which it states the figure. We keep no copy of that page,
 *   so no test can hold it: it is never called confirmed;
 * - `unconfirmed`: nothing states it. It has no value, is shown as "ask the service", and only a
 *   partner organisation can set it.
 */
export const VALUE_STATUSES = ['confirmed', 'method', 'published', 'unconfirmed'] as const;

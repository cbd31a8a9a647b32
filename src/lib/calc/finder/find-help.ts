/**
 * The help finder: every service of the directory, with how well it fits the user's answers and
 * which of their needs it serves, best first. All answers are optional; see evaluate.ts for the
 * fit rule and `findHelp` for the order.
 */
import { z } from 'zod/mini';
import { CalcInputError, type CalcIssue } from '../errors';
import { AGE_LIMITS, parseAmount, parseInput, parseWholeNumber, toCalcIssues } from '../input';
import type { Lang } from '../../i18n/lang';
import { isoDateSchema, todayInBrussels } from '../dates';
import { LANGS } from './schema';
import {
	LEEFLOON_CATEGORIES,
	leefloonAmount,
	leefloonOverridesSchema,
	type LeefloonCategory,
	type LeefloonOverrides
} from '../leefloon';
import { DIRECTORY, MUNICIPALITIES } from './directory';
import {
	evaluateEntry,
	fitOf,
	specificity,
	type Fit,
	type IncomeCheck,
	type Reason,
	type ResolvedProfile
} from './evaluate';
import {
	OTHER_MUNICIPALITY,
	type DirectoryData,
	type Entry,
	type Municipality,
	type Need
} from './schema';
import { profileSchema } from './profile';

/** The user's answers, all optional. */
export type Profile = z.input<typeof profileSchema>;

/**
 * The reference date ('YYYY-MM-DD') for the leefloon amounts (today in Brussels when absent), the
 * language the answers were typed in, a partner organisation's own leefloon amounts, and the
 * directory to search (municipalities and services in source order; the built one when absent: a
 * partner or a test passes other data, see tests/fixtures/services/).
 */
export interface FindHelpOptions {
	date?: string;
	lang?: Lang;
	params?: LeefloonOverrides;
	directory?: Pick<DirectoryData, 'municipalities' | 'entries'>;
}

const optionsSchema = z.strictObject({
	date: z.optional(isoDateSchema),
	lang: z.optional(z.enum(LANGS)),
	params: z.optional(leefloonOverridesSchema),
	directory: z.optional(
		z.object({ municipalities: z.array(z.unknown()), entries: z.array(z.unknown()) })
	)
});

export interface ServiceFit {
	id: string;
	entry: Entry;
	fit: Fit;
	reasons: Reason[];
	/** The stated needs this service serves, in the order they were stated. */
	needsMatched: Need[];
}

export interface FindHelpResult {
	/** The reference date used. */
	date: string;
	/**
	 * Every service of the directory, best first: by the number of stated needs it serves, then by
	 * fit (likely, maybe), then by how specific it is to the person, then in the order of the source
	 * pages; the services an answer rules out (`unlikely`) come last, in the same order among
	 * themselves, so that the first five are the best that are possible.
	 */
	services: ServiceFit[];
}

const FIT_ORDER: Record<Fit, number> = { likely: 0, maybe: 1, unlikely: 2 };

/** Validates the profile and looks up what the criteria need (the leefloon, for the income). */
export function resolveProfile(
	profile: unknown,
	date: string,
	params?: LeefloonOverrides,
	lang?: Lang,
	municipalities: readonly Municipality[] = MUNICIPALITIES
): ResolvedProfile {
	// reportInput: the shared mapper tells a missing value from a wrong one by the input.
	const parsed = profileSchema.safeParse(profile, { reportInput: true });
	if (!parsed.success) throw new CalcInputError(toCalcIssues(parsed.error));
	const {
		age: ageAnswer,
		monthlyNetIncome,
		leefloonCategory,
		needs: _needs,
		...answers
	} = parsed.data;

	// Each field is checked on its own, so that every problem is reported at once.
	const issues: CalcIssue[] = [];
	const field = <T>(parse: () => T): T | undefined => {
		try {
			return parse();
		} catch (error) {
			if (!(error instanceof CalcInputError)) throw error;
			issues.push(...error.issues);
			return undefined;
		}
	};
	const age =
		ageAnswer === undefined
			? undefined
			: field(() => parseWholeNumber(ageAnswer, ['age'], AGE_LIMITS, lang));
	const income =
		monthlyNetIncome === undefined
			? undefined
			: field(() => parseAmount(monthlyNetIncome, ['monthlyNetIncome'], lang));
	const known = new Set([...municipalities.map((m) => m.id), OTHER_MUNICIPALITY]);
	if (answers.municipality !== undefined && !known.has(answers.municipality)) {
		issues.push({ path: ['municipality'], code: 'unknown-value' });
	}
	if (issues.length > 0) throw new CalcInputError(issues);

	const resolved: ResolvedProfile = { ...answers, ...(age === undefined ? {} : { age }) };
	if (income !== undefined) {
		// Without a category, compare with every category: the answer is decided only when the
		// income is at or below all of them, or above all of them.
		const categories: readonly LeefloonCategory[] =
			leefloonCategory === undefined ? LEEFLOON_CATEGORIES : [leefloonCategory];
		const check: IncomeCheck = {
			income,
			leefloon: categories.map((c) => ({
				category: String(c),
				amount: leefloonAmount(c, params ? { date, params } : date).amount
			}))
		};
		resolved.income = check;
	}
	return resolved;
}

/**
 * Every service, with its fit, its reasons and the stated needs it serves, best first (see
 * `FindHelpResult`). Without stated needs, no service is `likely`: the finder cannot tell what
 * fits. Throws `CalcInputError` (each issue with its path) for an invalid profile or options, and
 * (from the leefloon table) when an income must be compared on a date before the first known
 * leefloon amounts.
 */
export function findHelp(profile: Profile = {}, options: FindHelpOptions = {}): FindHelpResult {
	// `null` or a non-object, for the profile or the options, is refused by name.
	for (const [name, value] of [
		['profile', profile],
		['options', options]
	] as const) {
		if (value === null || typeof value !== 'object' || Array.isArray(value)) {
			throw new CalcInputError([{ path: [name], code: 'invalid' }]);
		}
	}
	// Options are checked like the profile, whether or not an income needs them (issue 12).
	const checked = parseInput(optionsSchema, options);
	const date = checked.date ?? todayInBrussels();
	const municipalities = options.directory?.municipalities ?? MUNICIPALITIES;
	const resolved = resolveProfile(profile, date, options.params, checked.lang, municipalities);
	const stated = (profile as { needs?: Need[] }).needs ?? [];
	const directory: readonly Entry[] = options.directory?.entries ?? DIRECTORY;
	const services = directory.map((entry) => {
		const needsMatched = servedNeeds(entry, stated);
		return {
			id: entry.id,
			entry,
			...evaluateEntry(entry, resolved, needsMatched.length > 0),
			needsMatched
		};
	});
	return { date, services: sortServices(services) };
}

/** The stated needs an entry serves, in the order stated. */
function servedNeeds(entry: Entry, stated: readonly Need[]): Need[] {
	const served = new Set(entry.needs.map((tag) => tag.need));
	return stated.filter((need) => served.has(need));
}

/** The finder's order (see `FindHelpResult`); `services` come in source order. */
function sortServices(services: ServiceFit[]): ServiceFit[] {
	const ruledOut = (fit: Fit) => (fit === 'unlikely' ? 1 : 0);
	const ranked = services.map((service, order) => ({
		service,
		order,
		specific: specificity(service.reasons)
	}));
	ranked.sort(
		(a, b) =>
			ruledOut(a.service.fit) - ruledOut(b.service.fit) ||
			b.service.needsMatched.length - a.service.needsMatched.length ||
			FIT_ORDER[a.service.fit] - FIT_ORDER[b.service.fit] ||
			b.specific - a.specific ||
			a.order - b.order
	);
	return ranked.map((r) => r.service);
}

/**
 * A result ranked again for other stated needs, without asking again (the budgeting session picks
 * needs after the household is entered): the same reasons, the fit and order for `needs`.
 */
export function rankForNeeds(
	services: readonly ServiceFit[],
	needs: readonly Need[],
	directory: readonly Entry[] = DIRECTORY
): ServiceFit[] {
	const order = new Map(directory.map((entry, index) => [entry.id, index]));
	const inSourceOrder = [...services].sort(
		(a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)
	);
	return sortServices(
		inSourceOrder.map((service) => {
			const needsMatched = servedNeeds(service.entry, needs);
			return { ...service, needsMatched, fit: fitOf(service.reasons, needsMatched.length > 0) };
		})
	);
}

/** How many services "Best for you" shows; the budgeting session's next steps list at most 8. */
export const BEST_COUNT = 5;
export const NEXT_STEPS_COUNT = 8;

export interface ResultGroups {
	/** The first five possible services (likely or maybe) that serve a stated need. */
	best: ServiceFit[];
	/** The other possible services that serve a stated need. */
	also: ServiceFit[];
	/** Services that serve a stated need but that an answer rules out ("Probably not for you"). */
	unlikely: ServiceFit[];
}

/** The finder's result in its three groups, in its order (services serving no stated need left out). */
export function groupResults(services: readonly ServiceFit[]): ResultGroups {
	const serving = services.filter((service) => service.needsMatched.length > 0);
	const possible = serving.filter((service) => service.fit !== 'unlikely');
	return {
		best: possible.slice(0, BEST_COUNT),
		also: possible.slice(BEST_COUNT),
		unlikely: serving.filter((service) => service.fit === 'unlikely')
	};
}

/** The budgeting session's next steps: the possible services for the stated needs, 8 at most. */
export function nextSteps(services: readonly ServiceFit[]): ServiceFit[] {
	return services
		.filter((service) => service.needsMatched.length > 0 && service.fit !== 'unlikely')
		.slice(0, NEXT_STEPS_COUNT);
}

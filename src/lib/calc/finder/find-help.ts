/**
 * The help finder: every service of the directory, with how well it fits the user's answers.
 * All answers are optional; see evaluate.ts for the fit rule.
 */
import type { z } from 'zod/mini';
import { CalcInputError, type CalcIssue } from '../errors';
import { AGE_LIMITS, parseAmount, parseWholeNumber, toCalcIssues } from '../input';
import type { Lang } from '../../i18n/lang';
import { optionsSchema, readOptions, type CalcOptions } from '../options';
import {
	LEEFLOON_CATEGORIES,
	leefloonAmount,
	leefloonOverridesSchema,
	type LeefloonCategory,
	type LeefloonOverrides
} from '../leefloon';
import { DIRECTORY } from './directory';
import {
	evaluateEntry,
	type Fit,
	type IncomeCheck,
	type Reason,
	type ResolvedProfile
} from './evaluate';
import { profileSchema, type Entry } from './schema';

/** The user's answers, all optional. */
export type Profile = z.input<typeof profileSchema>;

/**
 * The reference date ('YYYY-MM-DD') for the leefloon amounts (today in Brussels when absent), the
 * language the answers were typed in, and a partner organisation's own leefloon amounts.
 */
export type FindHelpOptions = CalcOptions<LeefloonOverrides>;
const findHelpOptionsSchema = optionsSchema(leefloonOverridesSchema);

export interface ServiceFit {
	id: string;
	entry: Entry;
	fit: Fit;
	reasons: Reason[];
}

export interface FindHelpResult {
	/** The reference date used. */
	date: string;
	/**
	 * Every service of the directory: likely first, then maybe, then unlikely; within each, in the
	 * order of the source pages.
	 */
	services: ServiceFit[];
}

const FIT_ORDER: Record<Fit, number> = { likely: 0, maybe: 1, unlikely: 2 };

/** Validates the profile and looks up what the criteria need (the leefloon, for the income). */
export function resolveProfile(
	profile: unknown,
	date: string,
	params?: LeefloonOverrides,
	lang?: Lang
): ResolvedProfile {
	// reportInput: the shared mapper tells a missing value from a wrong one by the input.
	const parsed = profileSchema.safeParse(profile, { reportInput: true });
	if (!parsed.success) throw new CalcInputError(toCalcIssues(parsed.error));
	const { age: ageAnswer, monthlyNetIncome, leefloonCategory, ...answers } = parsed.data;

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
 * Every service, with its fit and the reasons for it. Throws `CalcInputError` for an invalid
 * profile or date, and (from the leefloon table) when an income must be compared on a date
 * before the first known leefloon amounts.
 */
export function findHelp(profile: Profile = {}, options?: FindHelpOptions): FindHelpResult {
	// Options are checked like the profile, whether or not an income needs them (issue 12).
	// The leefloon calculator reads the partner's amounts again, as they were given.
	const { date, lang } = readOptions(findHelpOptionsSchema, options);
	const resolved = resolveProfile(profile, date, options?.params, lang);
	const services = DIRECTORY.map((entry) => ({
		id: entry.id,
		entry,
		...evaluateEntry(entry, resolved)
	}));
	services.sort((a, b) => FIT_ORDER[a.fit] - FIT_ORDER[b.fit]);
	return { date, services };
}

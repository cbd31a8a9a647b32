/**
 * The questionnaire's answers as the form holds them (strings, '' = not answered) and the profile
 * the finder takes. Nothing is parsed here: the age and the income go to the finder as typed.
 */
import { z } from 'zod/mini';
import type { Profile } from '../../calc/finder/find-help';
import { questionsThatMatter, type Question } from '../../calc/finder/questions';
import { NEEDS, type Gender, type Need } from '../../calc/finder/schema';
import type { CalcIssue } from '../../calc/errors';

type YesNo = '' | 'yes' | 'no';
export type LeefloonCategoryAnswer = '' | 'single' | 'cohabiting' | 'family';

export interface Answers {
	/** What the person needs help with: the first question. */
	needs: Need[];
	age: string;
	gender: '' | Gender;
	/** A municipality id of the directory, 'other', or '' (not answered). */
	municipality: string;
	/** none; couple: children raised with a partner; single: a single parent. */
	children: '' | 'none' | 'couple' | 'single';
	/** Has a place to live (no = homeless). */
	home: YesNo;
	permit: YesNo;
	leefloon: YesNo;
	/** Asked only when the leefloon answer is no. */
	income: string;
	category: LeefloonCategoryAnswer;
	disability: YesNo;
	addiction: YesNo;
	unemployed: YesNo;
	helpAtHome: YesNo;
}

/** The questionnaire's steps, in order: what is needed, then one question each. */
export const STEPS = [
	'needs',
	'age',
	'gender',
	'municipality',
	'children',
	'home',
	'permit',
	'leefloon',
	'disability',
	'addiction',
	'unemployed',
	'helpAtHome'
] as const satisfies readonly ('needs' | Question)[];
export type Step = (typeof STEPS)[number];

const yesNo = (value: boolean | undefined): YesNo =>
	value === undefined ? '' : value ? 'yes' : 'no';
const bool = (value: YesNo): boolean | undefined => (value === '' ? undefined : value === 'yes');

/** The form's starting answers from a (partial) profile given by a page, a session or an embed. */
export function answersFrom(initial: Partial<Profile> = {}): Answers {
	return {
		needs: [...(initial.needs ?? [])],
		age: initial.age === undefined ? '' : String(initial.age),
		gender: initial.gender ?? '',
		municipality: initial.municipality ?? '',
		children:
			initial.hasChildren === undefined
				? ''
				: !initial.hasChildren
					? 'none'
					: initial.singleParent
						? 'single'
						: 'couple',
		home: initial.homeless === undefined ? '' : initial.homeless ? 'no' : 'yes',
		permit: yesNo(initial.hasResidencePermit),
		leefloon: yesNo(initial.receivesLeefloon),
		income: initial.monthlyNetIncome === undefined ? '' : String(initial.monthlyNetIncome),
		category: initial.leefloonCategory ?? '',
		disability: yesNo(initial.disability),
		addiction: yesNo(initial.addiction),
		unemployed: yesNo(initial.longTermUnemployed),
		helpAtHome: yesNo(initial.needsHelpAtHome)
	};
}

/** The profile the finder takes: only what was answered. */
export function toProfile(answers: Answers): Profile {
	const profile: Profile = {};
	if (answers.needs.length > 0) profile.needs = [...answers.needs];
	if (answers.age.trim() !== '') profile.age = answers.age;
	if (answers.gender) profile.gender = answers.gender;
	if (answers.municipality) profile.municipality = answers.municipality;
	if (answers.children) {
		profile.hasChildren = answers.children !== 'none';
		profile.singleParent = answers.children === 'single';
	}
	const homeless = bool(answers.home);
	if (homeless !== undefined) profile.homeless = !homeless;
	const optional = {
		hasResidencePermit: bool(answers.permit),
		receivesLeefloon: bool(answers.leefloon),
		disability: bool(answers.disability),
		addiction: bool(answers.addiction),
		longTermUnemployed: bool(answers.unemployed),
		needsHelpAtHome: bool(answers.helpAtHome)
	};
	for (const [key, value] of Object.entries(optional)) {
		if (value !== undefined) (profile as Record<string, unknown>)[key] = value;
	}
	// The income and its category matter only to someone who does not receive the leefloon.
	if (answers.leefloon === 'no') {
		if (answers.income.trim() !== '') profile.monthlyNetIncome = answers.income;
		if (answers.category) profile.leefloonCategory = answers.category;
	}
	return profile;
}

/** The profile without the fields the finder refused, so the list still shows while one is fixed. */
export function withoutRefused(profile: Profile, issues: Iterable<CalcIssue>): Profile {
	const copy: Record<string, unknown> = { ...profile };
	for (const issue of issues) {
		const key = issue.path[0];
		if (typeof key === 'string') delete copy[key];
	}
	return copy as Profile;
}

/** Whether a step has an answer (for the "Next" / "Skip" wording and the summary). */
export function answered(step: Step, answers: Answers): boolean {
	if (step === 'needs') return answers.needs.length > 0;
	if (step === 'age') return answers.age.trim() !== '';
	return answers[step] !== '';
}

/** Clears a step's answer: "Skip" means "I'd rather not answer this". */
export function clearStep(step: Step, answers: Answers): void {
	if (step === 'needs') {
		answers.needs = [];
		return;
	}
	if (step === 'leefloon') {
		answers.income = '';
		answers.category = '';
	}
	answers[step] = '';
}

/** The steps to ask: the needs, then only the questions that change the answer for them. */
export function stepsFor(needs: readonly Need[]): Step[] {
	return ['needs', ...questionsThatMatter(needs)];
}

const yesNoSchema = z.enum(['', 'yes', 'no']);

/**
 * Answers read back from the tab's session storage: whatever is there crossed a boundary, so it is
 * checked, and anything unexpected is dropped rather than trusted.
 */
export const storedAnswersSchema = z.strictObject({
	needs: z.array(z.enum(NEEDS)),
	age: z.string().check(z.maxLength(20)),
	gender: z.enum(['', 'woman', 'man', 'other']),
	municipality: z.string().check(z.regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/)),
	children: z.enum(['', 'none', 'couple', 'single']),
	home: yesNoSchema,
	permit: yesNoSchema,
	leefloon: yesNoSchema,
	income: z.string().check(z.maxLength(30)),
	category: z.enum(['', 'single', 'cohabiting', 'family']),
	disability: yesNoSchema,
	addiction: yesNoSchema,
	unemployed: yesNoSchema,
	helpAtHome: yesNoSchema
});

/** The tab's storage key: answers live there until the tab closes, never in the URL. */
export const ANSWERS_KEY = 'aid-finder-answers';

/** Stored answers, or undefined when there are none or they are not ours. */
export function readStoredAnswers(text: string | null): Answers | undefined {
	if (!text) return undefined;
	try {
		const parsed = storedAnswersSchema.safeParse(JSON.parse(text));
		return parsed.success ? (parsed.data as Answers) : undefined;
	} catch {
		return undefined;
	}
}

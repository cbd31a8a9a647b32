/**
 * Which questions can change the answer: only those about a criterion of a service that serves
 * one of the stated needs (no age question when no such service depends on age). Without a stated
 * need, every service counts.
 */
import { DIRECTORY } from './directory';
import type { Criteria, Entry, Need } from './schema';

/** The finder's questions after "what do you need help with?", in the order they are asked. */
export const QUESTIONS = [
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
] as const;
export type Question = (typeof QUESTIONS)[number];

/** The questions whose answers decide a service's criteria. */
function questionsOf(criteria: Criteria, localTo: string | undefined): Question[] {
	const asked: Question[] = [];
	const mainly = criteria.mainly ?? [];
	const conditions = criteria.conditions ?? [];
	if (criteria.municipality || localTo) asked.push('municipality');
	if (criteria.ageMin !== undefined || criteria.ageMax !== undefined) asked.push('age');
	if (mainly.includes('long-term-unemployed-50-plus')) asked.push('age', 'unemployed');
	if (criteria.gender) asked.push('gender');
	if (mainly.includes('mothers')) asked.push('gender', 'children');
	if (criteria.hasChildren !== undefined || criteria.singleParent) asked.push('children');
	if (criteria.homeless) asked.push('home');
	if (criteria.residencePermit === false) asked.push('permit');
	if (
		criteria.receivesLeefloonOrIncomeAtMostLeefloon ||
		mainly.includes('no-other-income') ||
		conditions.includes('social-help-recipient') ||
		conditions.includes('low-means')
	) {
		asked.push('leefloon');
	}
	if (criteria.disability) asked.push('disability');
	if (criteria.addiction || criteria.drugUse) asked.push('addiction');
	if (criteria.needsHelpAtHome) asked.push('helpAtHome');
	return asked;
}

/** The questions that change the answer for the services serving `needs`, in asking order. */
export function questionsThatMatter(
	needs: readonly Need[],
	directory: readonly Entry[] = DIRECTORY
): Question[] {
	const candidates =
		needs.length === 0
			? directory
			: directory.filter((entry) => entry.needs.some((tag) => needs.includes(tag.need)));
	const asked = new Set(candidates.flatMap((entry) => questionsOf(entry.criteria, entry.localTo)));
	return QUESTIONS.filter((question) => asked.has(question));
}

/**
 * Who a service is for, against what the user told us. Each criterion of an entry gives one
 * reason; the reasons decide the fit:
 *
 * - `unlikely`: an answer contradicts a stated criterion (a reason is `not-met`): an age outside the
 *   range, a shelter for someone with a home, a service only for women;
 * - `likely`: it serves a need the person stated, and every criterion is answered and met;
 * - `maybe`: otherwise: a criterion is unanswered or cannot be checked (a condition the finder does
 *   not ask, a municipality the source does not say it serves only), or the service is "mainly for"
 *   a group the answers say the person is not in, or no need was stated.
 *
 * An unanswered question never makes a service unlikely. A "mainly for …" reason never makes it
 * unlikely, and a service that shows one as not fitting is never likely.
 */
import { above, atMost, decimal, max, min, money, type Decimal } from '../money';
import {
	CONDITION_CODES,
	type Condition,
	type Criteria,
	type Entry,
	type Gender,
	type Mainly,
	type MunicipalityId
} from './schema';

export type Fit = 'likely' | 'maybe' | 'unlikely';

/** The codes a widget words, e.g. `for-women` "for women", `age-range` "aged 18 to 50". */
export const REASON_CODES = [
	'lives-in-jette',
	'lives-in-brussels-city',
	'lives-in-listed-municipality',
	// The source does not say the service helps only its municipality's residents: ask.
	'ask-residence',
	'age-range',
	'for-women',
	'for-men',
	'for-gender',
	'with-children',
	'without-children',
	'single-parent',
	'homeless',
	'without-residence-permit',
	'receives-leefloon',
	'income-at-most-leefloon',
	'disability',
	'addiction',
	'drug-users',
	'help-at-home',
	'open-to-all',
	// Conditions the finder does not ask about: always "ask the service".
	...CONDITION_CODES,
	// "Mainly" reasons (never make a service unlikely).
	'long-term-unemployed-50-plus',
	'psychological-problems',
	'no-other-income',
	'mothers'
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type ReasonStatus = 'met' | 'not-met' | 'unknown';

export interface Reason {
	code: ReasonCode;
	/** met: the answers fit; not-met: an answer contradicts it; unknown: not answered or undecided. */
	status: ReasonStatus;
	/** A "mainly for" reason: shown, but never changes the fit. */
	mainly?: true;
	/** Context for the wording: { min, max } for ages, { leefloon, category } for the leefloon. */
	values?: Record<string, string | number>;
}

/** The profile after validation, with the income compared to the leefloon already looked up. */
export interface ResolvedProfile {
	age?: number;
	gender?: Gender;
	/** A municipality id of the directory, or 'other'. */
	municipality?: MunicipalityId;
	hasChildren?: boolean;
	singleParent?: boolean;
	homeless?: boolean;
	hasResidencePermit?: boolean;
	receivesLeefloon?: boolean;
	disability?: boolean;
	addiction?: boolean;
	longTermUnemployed?: boolean;
	needsHelpAtHome?: boolean;
	income?: IncomeCheck;
}

export interface IncomeCheck {
	/** The monthly net income. */
	income: Decimal;
	/**
	 * The leefloon amounts to compare with: the user's category when given, otherwise every
	 * category (the answer is then decided only when the income is below or above all of them).
	 */
	leefloon: { category: string; amount: string }[];
}

const status = (answer: boolean | undefined, wanted: boolean): ReasonStatus =>
	answer === undefined ? 'unknown' : answer === wanted ? 'met' : 'not-met';

function municipalityReason(wanted: MunicipalityId[], profile: ResolvedProfile): Reason {
	const only = wanted.length === 1 ? wanted[0] : undefined;
	const code: ReasonCode =
		only === 'jette'
			? 'lives-in-jette'
			: only === 'brussels-city'
				? 'lives-in-brussels-city'
				: 'lives-in-listed-municipality';
	const answer = profile.municipality;
	return {
		code,
		status:
			answer === undefined ? 'unknown' : (wanted as string[]).includes(answer) ? 'met' : 'not-met',
		...(code === 'lives-in-listed-municipality'
			? { values: { municipalities: wanted.join(',') } }
			: {})
	};
}

function ageReason(criteria: Criteria, age: number | undefined): Reason {
	const { ageMin, ageMax } = criteria;
	const values: Record<string, number> = {};
	if (ageMin !== undefined) values.min = ageMin;
	if (ageMax !== undefined) values.max = ageMax;
	const fits = (a: number) =>
		(ageMin === undefined || a >= ageMin) && (ageMax === undefined || a <= ageMax);
	return {
		code: 'age-range',
		status: age === undefined ? 'unknown' : fits(age) ? 'met' : 'not-met',
		values
	};
}

function genderReason(wanted: Gender[], gender: Gender | undefined): Reason {
	const code: ReasonCode =
		wanted.length === 1 && wanted[0] === 'woman'
			? 'for-women'
			: wanted.length === 1 && wanted[0] === 'man'
				? 'for-men'
				: 'for-gender';
	let result: ReasonStatus;
	if (gender === undefined) result = 'unknown';
	else if (wanted.includes(gender)) result = 'met';
	// Interpretation: a source that says "women" does not speak about people who describe their
	// gender otherwise; we neither promise nor rule out, and let the service decide.
	else if (gender === 'other') result = 'unknown';
	else result = 'not-met';
	return {
		code,
		status: result,
		...(code === 'for-gender' ? { values: { genders: wanted.join(',') } } : {})
	};
}

function incomeStatus(check: IncomeCheck): {
	status: ReasonStatus;
	values: Record<string, string>;
} {
	const [first, ...others] = check.leefloon.map((l) => decimal(l.amount));
	const single = check.leefloon.length === 1 ? check.leefloon[0] : undefined;
	const lowest = min(first!, ...others);
	const highest = max(first!, ...others);
	// "Een inkomen gelijk aan het leefloon": at or below the amount counts as met.
	if (atMost(check.income, lowest)) {
		return {
			status: 'met',
			values: single
				? { leefloon: single.amount, category: single.category }
				: { leefloon: money(lowest) }
		};
	}
	if (above(check.income, highest)) {
		return {
			status: 'not-met',
			values: single
				? { leefloon: single.amount, category: single.category }
				: { leefloon: money(highest) }
		};
	}
	return {
		status: 'unknown',
		values: { leefloon: money(lowest), leefloonHighest: money(highest) }
	};
}

/**
 * "Voor personen die een leefloon ontvangen … Voor personen met een inkomen gelijk aan het
 * leefloon, kan een derogatie bekomen worden" (OCMW social restaurant): either one is enough.
 * The reason says which answer decided: `receives-leefloon` when the user receives it or nothing
 * is known, `income-at-most-leefloon` when the income decided (or is the only thing left open).
 */
function leefloonReason(profile: ResolvedProfile): Reason {
	if (profile.receivesLeefloon === true) return { code: 'receives-leefloon', status: 'met' };
	if (profile.income === undefined) {
		return profile.receivesLeefloon === false
			? { code: 'income-at-most-leefloon', status: 'unknown' }
			: { code: 'receives-leefloon', status: 'unknown' };
	}
	const income = incomeStatus(profile.income);
	if (income.status === 'not-met' && profile.receivesLeefloon === undefined) {
		// The income alone does not rule the service out while receiving the leefloon is unanswered.
		return { code: 'receives-leefloon', status: 'unknown', values: income.values };
	}
	return { code: 'income-at-most-leefloon', ...income };
}

function mainlyReason(code: Mainly, profile: ResolvedProfile): Reason {
	switch (code) {
		case 'long-term-unemployed-50-plus': {
			const { longTermUnemployed: unemployed, age } = profile;
			const result: ReasonStatus =
				unemployed === false || (age !== undefined && age < 50)
					? 'not-met'
					: unemployed === true && age !== undefined
						? 'met'
						: 'unknown';
			return { code, status: result, mainly: true, values: { min: 50 } };
		}
		case 'psychological-problems':
			// The finder asks nothing about it: shown as "mainly for", never decided.
			return { code, status: 'unknown', mainly: true };
		case 'no-other-income':
			// "Meestal … aan mensen zonder ander inkomen": the finder does not ask about other income.
			return { code, status: profile.receivesLeefloon === true ? 'met' : 'unknown', mainly: true };
		case 'mothers': {
			const { gender, hasChildren } = profile;
			const result: ReasonStatus =
				gender === 'man' || hasChildren === false
					? 'not-met'
					: gender === 'woman' && hasChildren === true
						? 'met'
						: 'unknown';
			return { code, status: result, mainly: true };
		}
	}
}

/** One reason per criterion of the entry, in a fixed order. */
export function reasonsFor(criteria: Criteria, profile: ResolvedProfile): Reason[] {
	const reasons: Reason[] = [];
	if (criteria.openToAll) reasons.push({ code: 'open-to-all', status: 'met' });
	if (criteria.municipality) reasons.push(municipalityReason(criteria.municipality, profile));
	if (criteria.gender) reasons.push(genderReason(criteria.gender, profile.gender));
	if (criteria.ageMin !== undefined || criteria.ageMax !== undefined) {
		reasons.push(ageReason(criteria, profile.age));
	}
	if (criteria.singleParent) {
		reasons.push({ code: 'single-parent', status: status(profile.singleParent, true) });
	}
	if (criteria.hasChildren !== undefined) {
		reasons.push({
			code: criteria.hasChildren ? 'with-children' : 'without-children',
			status: status(profile.hasChildren, criteria.hasChildren)
		});
	}
	if (criteria.homeless) reasons.push({ code: 'homeless', status: status(profile.homeless, true) });
	if (criteria.residencePermit === false) {
		reasons.push({
			code: 'without-residence-permit',
			status: status(profile.hasResidencePermit, false)
		});
	}
	if (criteria.receivesLeefloonOrIncomeAtMostLeefloon) reasons.push(leefloonReason(profile));
	if (criteria.disability) {
		reasons.push({ code: 'disability', status: status(profile.disability, true) });
	}
	if (criteria.addiction) {
		reasons.push({ code: 'addiction', status: status(profile.addiction, true) });
	}
	if (criteria.drugUse) {
		// "Opvangcentrum voor druggebruikers": no addiction rules it out; an addiction may be another.
		reasons.push({
			code: 'drug-users',
			status: profile.addiction === false ? 'not-met' : 'unknown'
		});
	}
	if (criteria.needsHelpAtHome) {
		reasons.push({ code: 'help-at-home', status: status(profile.needsHelpAtHome, true) });
	}
	for (const code of criteria.conditions ?? []) reasons.push(conditionReason(code, profile));
	for (const code of criteria.mainly ?? []) reasons.push(mainlyReason(code, profile));
	return reasons;
}

/** A condition the finder does not ask: met only where an answer settles it, else "ask". */
function conditionReason(code: Condition, profile: ResolvedProfile): Reason {
	const settled =
		(code === 'social-help-recipient' || code === 'low-means') && profile.receivesLeefloon === true;
	return { code, status: settled ? 'met' : 'unknown' };
}

/**
 * "Ask whether they help people from your municipality": only when the person said they live
 * elsewhere, and the source does not state the condition (it never makes a service unlikely).
 */
function residenceReason(localTo: MunicipalityId, profile: ResolvedProfile): Reason | undefined {
	const answer = profile.municipality;
	if (answer === undefined || answer === localTo) return undefined;
	return { code: 'ask-residence', status: 'unknown', values: { municipality: localTo } };
}

/** The fit that the reasons give (see the rule at the top of this file). */
export function fitOf(reasons: readonly Reason[], servesStatedNeed = true): Fit {
	const hard = reasons.filter((reason) => !reason.mainly);
	if (hard.some((reason) => reason.status === 'not-met')) return 'unlikely';
	if (!servesStatedNeed) return 'maybe';
	if (hard.some((reason) => reason.status === 'unknown')) return 'maybe';
	if (reasons.some((reason) => reason.mainly && reason.status === 'not-met')) return 'maybe';
	return 'likely';
}

/**
 * How specific a service is to the person: the criteria and "mainly" groups their answers meet (a
 * youth service for a 20-year-old, a service for single mothers for a single mother).
 */
export function specificity(reasons: readonly Reason[]): number {
	return reasons.filter((reason) => reason.status === 'met' && reason.code !== 'open-to-all')
		.length;
}

export function evaluateEntry(
	entry: Entry,
	profile: ResolvedProfile,
	servesStatedNeed = true
): { fit: Fit; reasons: Reason[] } {
	const reasons = reasonsFor(entry.criteria, profile);
	const residence = entry.localTo ? residenceReason(entry.localTo, profile) : undefined;
	if (residence) reasons.push(residence);
	return { fit: fitOf(reasons, servesStatedNeed), reasons };
}

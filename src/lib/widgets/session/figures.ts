/**
 * Every figure of a budgeting session, from one household. The session page never calculates: it
 * hands the household to each calculator and to the help finder, and maps their issues back to the
 * form field that caused them.
 *
 * Each figure has its own function taking only what it reads, so that the page can hold each in its
 * own `$derived` and recompute only the figures whose inputs changed: typing the savings amount
 * recomputes the savings, not the meals; typing one person's age recomputes that person's meal
 * price and the household's totals, not the others' prices, the savings or the leefloon.
 */
import {
	foodPackage,
	leefloonAmount,
	mealCost,
	mealsPerMonthFromWeekly,
	savingsLoan,
	savingsPlan,
	type CalcIssue,
	type FoodPackageResult,
	type LeefloonCategory,
	type LeefloonResult,
	type MealCostDiner,
	type MealCostResult,
	type MealVenue,
	type SavingsLoanResult,
	type SavingsPlanResult
} from '../../calc';
import { findHelp, type FindHelpResult, type Profile } from '../../calc/finder';
import type { SessionState } from '../../session/state';
import { compute, fieldKey, type Computed } from '../shared/issues';

type Income = SessionState['income'];

/**
 * How many times each figure was computed since the page loaded, by name ("meals", "member-meal"
 * …): the component test reads it to prove that typing one age recomputes one person's figure.
 */
export const computations = new Map<string, number>();
function counted<T>(name: string, calculate: () => T): Computed<T> {
	computations.set(name, (computations.get(name) ?? 0) + 1);
	return compute(calculate);
}
const optionsOn = (date: string | undefined) => (date ? { date } : {});

/** The finder's profile of the person the worker meets (member 1), with the household's facts. */
export function finderProfile(state: SessionState): Profile {
	return profileOf(
		state,
		state.members[0]?.age,
		// "People with children": anyone in the household under 18.
		state.members.some((member) => member.age < 18)
	);
}

function profileOf(
	state: Pick<SessionState, 'answers' | 'municipality' | 'income'>,
	age: number | undefined,
	hasChildren: boolean
): Profile {
	const profile: Profile = {
		...state.answers,
		hasChildren,
		receivesLeefloon: state.income.receivesLeefloon
	};
	if (age !== undefined) profile.age = age;
	if (state.municipality) profile.municipality = state.municipality;
	if (state.income.receivesLeefloon) {
		if (state.income.leefloonCategory) profile.leefloonCategory = state.income.leefloonCategory;
	} else {
		profile.monthlyNetIncome = state.income.monthlyNetIncome;
		profile.leefloonCategory = state.income.leefloonCategory;
	}
	return profile;
}

/** The leefloon of the household's category; null when a recipient's category is not known. */
export function leefloonFigure(
	category: LeefloonCategory | undefined,
	date: string | undefined
): Computed<LeefloonResult> | null {
	return category ? counted('leefloon', () => leefloonAmount(category, optionsOn(date))) : null;
}

/** Visits a month from the visits a week the session keeps ("1.5" → 7), by the calculator's rule. */
export function mealsPerMonth(perWeek: string): number | string {
	return mealsPerMonthFromWeekly(perWeek)?.perMonth ?? perWeek;
}

export function mealsFigure(
	meals: { venue: MealVenue; perMonth: number | string },
	ages: readonly number[],
	income: Income,
	date: string | undefined
): Computed<MealCostResult> {
	return counted('meals', () =>
		mealCost(
			{
				venue: meals.venue,
				diners: ages.map((age) => ({ age })),
				income: income.receivesLeefloon ? { receivesLeefloon: true } : income,
				// No visits yet: the price of one visit is the useful figure.
				...(meals.perMonth === 0 ? {} : { mealsPerMonth: meals.perMonth })
			},
			optionsOn(date)
		)
	);
}

/** One person's meal at the chosen restaurant: the tariff of their age and its price. */
export function memberMeal(
	venue: MealVenue,
	age: number,
	date: string | undefined
): MealCostDiner | null {
	return (
		counted('member-meal', () =>
			// The price does not depend on the income (only the OCMW restaurant's access does).
			mealCost({ venue, diners: [{ age }], income: { receivesLeefloon: true } }, optionsOn(date))
		).result?.perDiner[0] ?? null
	);
}

export function foodFigure(
	ages: readonly number[],
	date: string | undefined
): Computed<FoodPackageResult> {
	return counted('food', () =>
		foodPackage({ members: ages.map((age) => ({ age })) }, optionsOn(date))
	);
}

export function savingsFigure(
	savings: Pick<SessionState['savings'], 'monthlyAmount' | 'months'>,
	date: string | undefined
): Computed<SavingsLoanResult> {
	return counted('savings', () =>
		savingsLoan({ monthlyAmount: savings.monthlyAmount, months: savings.months }, optionsOn(date))
	);
}

/** How to reach the loan the worker typed; null without one. */
export function planFigure(
	targetLoan: string | undefined,
	monthlyAmount: string,
	date: string | undefined
): Computed<SavingsPlanResult> | null {
	if (targetLoan === undefined || targetLoan.trim() === '') return null;
	return counted('plan', () => savingsPlan({ targetLoan, monthlyAmount }, optionsOn(date)));
}

export function finderFigure(
	state: Pick<SessionState, 'answers' | 'municipality' | 'income'>,
	age: number | undefined,
	hasChildren: boolean,
	date: string | undefined
): Computed<FindHelpResult> {
	return counted('finder', () => findHelp(profileOf(state, age, hasChildren), optionsOn(date)));
}

export interface SessionFigures {
	/** The reference date; undefined means today in Brussels (each calculator decides). */
	date: string | undefined;
	/** The leefloon of the household's category; null when a recipient's category is not known. */
	leefloon: Computed<LeefloonResult> | null;
	meals: Computed<MealCostResult>;
	food: Computed<FoodPackageResult>;
	savings: Computed<SavingsLoanResult>;
	/** How to reach the loan the worker typed; null without one. */
	plan: Computed<SavingsPlanResult> | null;
	finder: Computed<FindHelpResult>;
	/** Calculator issues by form field: "members.2.age", "savings.months", "date" … */
	fieldIssues: Map<string, CalcIssue>;
}

/** Calculator issues by form field, from each figure's own issues. */
export function fieldIssuesOf(
	figures: Omit<SessionFigures, 'fieldIssues' | 'date'>
): Map<string, CalcIssue> {
	const fieldIssues = new Map<string, CalcIssue>();
	const add = (
		computed: Computed<unknown> | null,
		fields: Record<string, string>,
		list?: string
	) => {
		for (const [key, issue] of computed?.issues ?? []) {
			let field = fields[key] ?? (key.startsWith('date') ? 'date' : undefined);
			// A person's age, wherever the calculator keeps the list: "diners.2.age" → "members.2.age".
			const person = list ? new RegExp(`^${list}\\.(\\d+)\\.age$`).exec(key) : null;
			if (person) field = fieldKey(['members', Number(person[1]), 'age']);
			if (field && !fieldIssues.has(field)) fieldIssues.set(field, issue);
		}
	};
	add(figures.leefloon, {});
	add(
		figures.meals,
		{
			'income.monthlyNetIncome': 'income.monthlyNetIncome',
			// The calculator counts a month; the field asks a week: its limit is not the field's.
			mealsPerMonth: 'meals.mealsPerWeek'
		},
		'diners'
	);
	add(figures.food, {}, 'members');
	add(figures.savings, { monthlyAmount: 'savings.monthlyAmount', months: 'savings.months' });
	add(figures.plan, { targetLoan: 'savings.targetLoan', monthlyAmount: 'savings.monthlyAmount' });
	add(figures.finder, {
		monthlyNetIncome: 'income.monthlyNetIncome',
		age: fieldKey(['members', 0, 'age'])
	});
	return fieldIssues;
}

/** Every figure at once (the page holds each in its own $derived instead: see SessionPage). */
export function sessionFigures(state: SessionState): SessionFigures {
	const ages = state.members.map((member) => member.age);
	const parts = {
		leefloon: leefloonFigure(state.income.leefloonCategory, state.date),
		meals: mealsFigure(
			{ venue: state.meals.venue, perMonth: mealsPerMonth(state.meals.mealsPerWeek) },
			ages,
			state.income,
			state.date
		),
		food: foodFigure(ages, state.date),
		savings: savingsFigure(state.savings, state.date),
		plan: planFigure(state.savings.targetLoan, state.savings.monthlyAmount, state.date),
		finder: finderFigure(
			state,
			ages[0],
			ages.some((age) => age < 18),
			state.date
		)
	};
	return { date: state.date, ...parts, fieldIssues: fieldIssuesOf(parts) };
}

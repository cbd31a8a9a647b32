/**
 * Every figure of a budgeting session, from one household. The session page never calculates: it
 * hands the household to each calculator and to the help finder, and maps their issues back to the
 * form field that caused them.
 */
import {
	foodPackage,
	leefloonAmount,
	mealCost,
	savingsLoan,
	savingsPlan,
	type CalcIssue,
	type FoodPackageResult,
	type LeefloonResult,
	type MealCostResult,
	type SavingsLoanResult,
	type SavingsPlanResult
} from '../../calc';
import { findHelp, type FindHelpResult, type Profile } from '../../calc/finder';
import type { SessionState } from '../../session/state';
import { compute, fieldKey, type Computed } from '../shared/issues';

/** The finder's profile of the person the worker meets (member 1), with the household's facts. */
export function finderProfile(state: SessionState): Profile {
	const [resident] = state.members;
	const profile: Profile = {
		...state.answers,
		// "People with children": anyone in the household under 18.
		hasChildren: state.members.some((member) => member.age < 18),
		receivesLeefloon: state.income.receivesLeefloon
	};
	if (resident) profile.age = resident.age;
	if (state.municipality) profile.municipality = state.municipality;
	if (state.income.receivesLeefloon) {
		if (state.income.leefloonCategory) profile.leefloonCategory = state.income.leefloonCategory;
	} else {
		profile.monthlyNetIncome = state.income.monthlyNetIncome;
		profile.leefloonCategory = state.income.leefloonCategory;
	}
	return profile;
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

function categoryOf(state: SessionState) {
	return state.income.leefloonCategory;
}

export function sessionFigures(state: SessionState): SessionFigures {
	const date = state.date;
	const options = date ? { date } : {};
	const category = categoryOf(state);
	const leefloon = category ? compute(() => leefloonAmount(category, options)) : null;
	const ages = state.members.map((member) => ({ age: member.age }));
	const income = state.income.receivesLeefloon ? { receivesLeefloon: true as const } : state.income;
	const meals = compute(() =>
		mealCost(
			{
				venue: state.meals.venue,
				diners: ages,
				income,
				// No visits yet: the price of one visit is the useful figure.
				...(state.meals.mealsPerMonth > 0 ? { mealsPerMonth: state.meals.mealsPerMonth } : {})
			},
			options
		)
	);
	const food = compute(() => foodPackage({ members: ages }, options));
	const savings = compute(() =>
		savingsLoan(
			{ monthlyAmount: state.savings.monthlyAmount, months: state.savings.months },
			options
		)
	);
	const plan =
		state.savings.targetLoan !== undefined && state.savings.targetLoan.trim() !== ''
			? compute(() =>
					savingsPlan(
						{
							targetLoan: state.savings.targetLoan!,
							monthlyAmount: state.savings.monthlyAmount
						},
						options
					)
				)
			: null;
	const finder = compute(() => findHelp(finderProfile(state), options));

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
	add(leefloon, {});
	add(
		meals,
		{
			'income.monthlyNetIncome': 'income.monthlyNetIncome',
			mealsPerMonth: 'meals.mealsPerMonth'
		},
		'diners'
	);
	add(food, {}, 'members');
	add(savings, { monthlyAmount: 'savings.monthlyAmount', months: 'savings.months' });
	add(plan, { targetLoan: 'savings.targetLoan', monthlyAmount: 'savings.monthlyAmount' });
	add(finder, {
		monthlyNetIncome: 'income.monthlyNetIncome',
		age: fieldKey(['members', 0, 'age'])
	});
	return { date, leefloon, meals, food, savings, plan, finder, fieldIssues };
}

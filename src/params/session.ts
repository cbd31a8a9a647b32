import type { ParamMatcher } from '@sveltejs/kit';
import { isSlugOf } from '$lib/site/pages';

/** The budgeting session's slug in any language: budgetgesprek, entretien-budget, budget-session. */
export const match = ((param: string): boolean =>
	isSlugOf('session', param)) satisfies ParamMatcher;

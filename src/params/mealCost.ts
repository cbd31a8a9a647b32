import type { ParamMatcher } from '@sveltejs/kit';
import { isSlugOf } from '$lib/site/pages';

/** The meal-cost page's slug in any language: maaltijden, repas, meals. */
export const match = ((param: string): boolean =>
	isSlugOf('meal-cost', param)) satisfies ParamMatcher;

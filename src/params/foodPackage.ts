import type { ParamMatcher } from '@sveltejs/kit';
import { isSlugOf } from '$lib/site/pages';

/** The food-package page's slug in any language: voedselpakket, colis-alimentaire, food-package. */
export const match = ((param: string): boolean =>
	isSlugOf('food-package', param)) satisfies ParamMatcher;

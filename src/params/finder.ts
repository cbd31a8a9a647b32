import type { ParamMatcher } from '@sveltejs/kit';
import { isSlugOf } from '$lib/site/pages';

/** The help finder's slug in any language: hulp-zoeken, trouver-aide, find-help. */
export const match = ((param: string): boolean => isSlugOf('finder', param)) satisfies ParamMatcher;

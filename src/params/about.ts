import type { ParamMatcher } from '@sveltejs/kit';
import { isSlugOf } from '$lib/site/pages';

/** The About page's slug in any language: over, a-propos, about. */
export const match = ((param: string): boolean => isSlugOf('about', param)) satisfies ParamMatcher;

import type { ParamMatcher } from '@sveltejs/kit';
import { isSlugOf } from '$lib/site/pages';

/** The Sources page's slug in any language: bronnen, sources. */
export const match = ((param: string): boolean =>
	isSlugOf('sources', param)) satisfies ParamMatcher;

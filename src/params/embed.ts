import type { ParamMatcher } from '@sveltejs/kit';
import { isSlugOf } from '$lib/site/pages';

/** The embed configurator's slug in any language: insluiten, integrer, embed. */
export const match = ((param: string): boolean => isSlugOf('embed', param)) satisfies ParamMatcher;

import type { ParamMatcher } from '@sveltejs/kit';
import { isSlugOf } from '$lib/site/pages';

/** The savings group page's slug in any language: spaargroep, groupe-epargne, savings-group. */
export const match = ((param: string): boolean =>
	isSlugOf('savings-loan', param)) satisfies ParamMatcher;

import type { ParamMatcher } from '@sveltejs/kit';
import { EMBEDDING_GUIDE_SLUG } from '$lib/site/pages';

/** The embedding guide's slug (EMBEDDING.md as a page, in English only: /en/embedding/). */
export const match = ((param: string): boolean =>
	param === EMBEDDING_GUIDE_SLUG) satisfies ParamMatcher;

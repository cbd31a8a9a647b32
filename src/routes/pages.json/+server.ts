import { json } from '@sveltejs/kit';
import { LANGS } from '$lib/i18n/lang';
import { PAGES, pathFor } from '$lib/site/pages';

export const prerender = true;

/** The working pages and their paths, prerendered to build/pages.json for the size and Lighthouse checks. */
export function GET() {
	return json(
		PAGES.map((page) => ({
			id: page.id,
			kind: page.kind,
			paths: LANGS.map((l) => pathFor(page.id, l))
		}))
	);
}

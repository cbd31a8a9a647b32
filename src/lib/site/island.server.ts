import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { isLang, type Lang } from '$lib/i18n/lang';
import { SLUGS, slugEntries, type CalculatorId } from '$lib/site/pages';

/**
 * A calculator widget rendered on its own at build time, for a page without SvelteKit's client:
 * Svelte's hydration markers then wrap exactly this widget, so /islands/{lang}/{widget}.js can hydrate
 * it in place (src/lib/islands/island.ts) instead of drawing it a second time. The props must be the
 * ones the island passes (language, heading level 2).
 */
export function renderIsland(
	component: Component<{ lang: Lang; headingLevel?: 2 | 3 }>,
	lang: Lang
): string {
	return render(component, { props: { lang, headingLevel: 2 } }).body;
}

/**
 * What a calculator's route exports from its +page.server.ts: its pages in every language, and a
 * load that refuses another language's slug (/fr/spaargroep/ is not a page) and renders the widget.
 */
export function calculatorRoute(
	id: CalculatorId,
	component: Component<{ lang: Lang; headingLevel?: 2 | 3 }>
) {
	return {
		entries: () => slugEntries(id),
		load: ({ params }: { params: { lang: string; slug: string } }) => {
			if (!isLang(params.lang) || SLUGS[id][params.lang] !== params.slug) error(404, 'Not found');
			return { widget: renderIsland(component, params.lang) };
		}
	};
}

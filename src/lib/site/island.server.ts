import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { Lang } from '$lib/i18n/lang';

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

import { hydrate, type Component } from 'svelte';
import * as z from 'zod/mini';
import { LANGS, type Lang } from '../i18n/lang';
import { keepTypedAcrossLanguages } from './keep-typed';
import { startOffline } from '../offline/client';

/*
 * The calculator pages are prerendered without SvelteKit's client (csr = false): the page's HTML
 * already holds the widget, rendered at build time, and this script — built once per language by
 * scripts/build-islands.mjs — brings that one widget to life. A page then ships Svelte's runtime,
 * one widget and one language, not the router, the layout's code or the two other languages.
 */

/** What the page tells the island, read from the wrapper's data attributes. */
export interface IslandProps {
	lang: Lang;
	headingLevel: 2 | 3;
}

const DATASET = z.object({
	lang: z.enum(LANGS),
	headingLevel: z.optional(z.enum(['2', '3']))
});

/**
 * Reads and checks the wrapper's data attributes (data-lang, data-heading-level); null when they
 * are not what this build expects (a page in another language than the script's).
 */
export function islandProps(
	dataset: Record<string, string | undefined>,
	lang: Lang
): IslandProps | null {
	const parsed = DATASET.safeParse({
		lang: dataset['lang'],
		headingLevel: dataset['headingLevel']
	});
	if (!parsed.success || parsed.data.lang !== lang) return null;
	return { lang, headingLevel: parsed.data.headingLevel === '3' ? 3 : 2 };
}

/** Shows the page's print button, registers the service worker and hydrates the page's widget. */
export function startIsland<Extra extends Record<string, unknown>>(
	name: string,
	component: Component<{ lang: Lang; headingLevel?: 2 | 3 } & Extra>,
	lang: Lang,
	/** Further props only the island passes (the session's loader of other languages' summaries). */
	extra?: Extra
): void {
	const element = document.querySelector<HTMLElement>(`[data-aid-island="${name}"]`);
	if (!element) return;
	const props = islandProps(element.dataset, lang);
	if (!props) {
		console.warn(`[aid] the ${name} widget's page is not in ${lang}: not started`);
		return;
	}
	// The page's own controls first: a widget that fails to start must not take them down.
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-aid-print]')) {
		button.hidden = false;
		button.addEventListener('click', () => window.print());
	}
	// The service worker, for offline use and new releases (SvelteKit's client is not on this page).
	startOffline(lang);
	// If the markup does not match, Svelte draws the widget afresh in place.
	hydrate(component, { target: element, props: { ...props, ...extra } as IslandProps & Extra });
	void keepTypedAcrossLanguages(name, element);
}

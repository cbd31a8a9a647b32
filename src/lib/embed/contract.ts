import type { Lang } from '../i18n/lang';

/*
 * Between loader.js (language-independent, defines the <aid-…> elements) and a widget's file for one
 * language ({lang}/aid-{widget}.js, which mounts the Svelte widget). Types only: the loader bundles
 * none of the widgets' code, and a widget's file none of the loader's.
 */

/** What the loader's element gives a widget's start function. */
export interface EmbedHost {
	/** The element inside the shadow root that the widget is mounted into (part="widget"). */
	container: HTMLElement;
	/** An attribute of the <aid-…> element, null when absent. */
	read: (name: string) => string | null;
	/** The language of this file: the one the loader resolved for the element. */
	lang: Lang;
	/** The language of the page around the element, for the warning about a `lang` not ours. */
	pageLang: Lang;
}

/** What a started widget gives back to the loader's element. */
export interface EmbedController {
	/** Reads the attributes again (after one of `attributes` changed) and updates the widget. */
	update: () => void;
	/** Unmounts the widget (the element left the page, or it switches language). */
	destroy: () => void;
}

/** The exports of {lang}/aid-{widget}.js. */
export interface EmbedWidgetModule {
	/** The attributes the widget reads, besides `lang` (which the loader handles). */
	attributes: readonly string[];
	start: (host: EmbedHost) => EmbedController;
}

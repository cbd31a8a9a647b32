/**
 * The widgets the embed build ships, in the configurator's order. A widget is listed here once its
 * component exists and `src/lib/embed/<name>/start.ts` starts it in an element; the embed build, the
 * iframe pages, the configurator, the size check and the browser tests all read this list.
 */
export const EMBEDDED_WIDGETS = ['savings-loan', 'meal-cost', 'food-package'] as const;
export type EmbeddedWidget = (typeof EMBEDDED_WIDGETS)[number];

/** The custom element's name of a widget: <aid-meal-cost>. Its built file is named the same. */
export function tagOf(widget: EmbeddedWidget): `aid-${EmbeddedWidget}` {
	return `aid-${widget}`;
}

import { error } from '@sveltejs/kit';
import { EMBEDDED_WIDGETS, type EmbeddedWidget } from '$lib/embed/widgets';
import type { EntryGenerator, PageLoad } from './$types';

// One prerendered page per widget. It ships no SvelteKit JavaScript: /embed/framed.js reads the
// query (a prerendered page cannot) and puts the widget's custom element on the page.
export const csr = false;

export const entries: EntryGenerator = () => EMBEDDED_WIDGETS.map((widget) => ({ widget }));

export const load: PageLoad = ({ params }) => {
	const widget = EMBEDDED_WIDGETS.find((name) => name === params.widget);
	if (!widget) error(404, 'Not found');
	return { widget: widget as EmbeddedWidget };
};

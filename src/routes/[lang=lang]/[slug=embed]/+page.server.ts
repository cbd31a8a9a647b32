import { error } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { isLang } from '$lib/i18n/lang';
import Configurator from '$lib/site/Configurator.svelte';
import { SLUGS, slugEntries } from '$lib/site/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client on this page: /islands/{lang}/configurator.js hydrates the configurator
// alone (src/lib/islands/configurator.ts), so the page ships a fraction of the JavaScript.
export const csr = false;

export const entries: EntryGenerator = () => slugEntries('embed');

export const load: PageServerLoad = ({ params }) => {
	if (!isLang(params.lang) || SLUGS.embed[params.lang] !== params.slug) error(404, 'Not found');
	// Rendered on its own, so that Svelte's hydration markers wrap exactly the configurator.
	return { configurator: render(Configurator, { props: { lang: params.lang } }).body };
};

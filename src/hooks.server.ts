import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, isLang } from '$lib/i18n/lang';

/** Writes the page's language into <html lang> while prerendering: /nl/… is Dutch, and so on. */
export const handle: Handle = ({ event, resolve }) => {
	const segment = event.url.pathname.split('/')[1];
	const lang = isLang(segment) ? segment : DEFAULT_LANG;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};

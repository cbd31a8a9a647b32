import { THEME_QUERY } from './attributes';
import type { EmbedWidgetModule } from './contract';
import { preferredLang } from '../i18n/lang';
import { themeFromQuery } from './theme';

/*
 * The script of the iframe pages (/embed/meal-cost/?lang=fr&accent=%23b00020&ages=34,8): it puts the
 * same custom element a script embed uses on the page, with the query's values as its attributes
 * (the element checks them) and the theme as custom properties, and loads loader.js, which starts it
 * as on a partner's page. It then reports the page's height to the partner page with postMessage,
 * each time it changes, for /embed/frame.js to resize the iframe.
 */
const main = document.querySelector<HTMLElement>('[data-aid-frame]');
const widget = main?.dataset['aidFrame'] ?? '';
const query = new URLSearchParams(location.search);

async function start(frame: HTMLElement): Promise<void> {
	const tag = `aid-${widget}`;
	const lang = preferredLang([query.get('lang'), navigator.language]);
	document.documentElement.lang = lang;
	// The widget's file in that language, which the loader imports next (the browser fetches it
	// once): it names the attributes the widget reads.
	const url = (path: string) => new URL(path, import.meta.url).href;
	// Its runtime at the same time, not after the widget's file names it (see loader.ts).
	import(/* @vite-ignore */ url(`${lang}/runtime.js`)).catch(() => undefined);
	const module = (await import(/* @vite-ignore */ url(`${lang}/${tag}.js`))) as EmbedWidgetModule;
	const element = document.createElement(tag);
	for (const [name, value] of query) {
		// Only the widget's own attributes: a link cannot add onclick= or anything else.
		if (module.attributes.includes(name) && !(name in THEME_QUERY)) {
			element.setAttribute(name, value);
		}
	}
	element.setAttribute('lang', lang);
	for (const [property, value] of themeFromQuery(query, (m) => console.warn(`[${tag}] ${m}`))) {
		element.style.setProperty(property, value);
		// The page around the widget takes the same background, so the iframe shows no seam.
		if (property === '--aid-color-bg') document.body.style.setProperty('background', value);
	}
	frame.replaceChildren(element);
	await import(/* @vite-ignore */ url('loader.js'));
}

/** Whether the widget shows: the loader unhides it once it is mounted and its styles have loaded. */
function widgetShown(frame: HTMLElement): boolean {
	const root = frame.firstElementChild?.shadowRoot;
	return !!root?.querySelector('[part="widget"]:not([hidden])');
}

function reportHeight(frame: HTMLElement): void {
	if (window.parent === window) return;
	let last = -1;
	new ResizeObserver(() => {
		// Not the empty page of the first moments: the iframe keeps its height until the widget shows.
		if (!widgetShown(frame)) return;
		const height = Math.ceil(frame.getBoundingClientRect().bottom + window.scrollY);
		if (height === last) return;
		last = height;
		// Only a height, which any page may know: so any origin may receive it.
		window.parent.postMessage({ type: 'aid-embed:height', height }, '*');
	}).observe(frame);
}

if (main && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(widget)) {
	reportHeight(main);
	start(main).catch((error: unknown) => console.error(`[aid-${widget}] could not start:`, error));
}

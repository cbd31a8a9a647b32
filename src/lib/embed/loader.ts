import type { Lang } from '../i18n/lang';
import type { EmbedController, EmbedWidgetModule } from './contract';
import { elementLang } from './lang';

/*
 * The one script a partner page loads: <script type="module" src="…/embed/loader.js">.
 * It finds the page's <aid-…> elements that are not defined yet — now and whenever some are added
 * later — and defines each such tag with a small element class of its own. That element attaches a
 * shadow root, links the stylesheets (styles/base.css and styles/<widget>.css), picks the language
 * (./lang.ts) and imports only that widget in that language ({lang}/aid-<widget>.js), which mounts
 * the widget. Every file is resolved from this file's own URL, so a copy of the folder works at any
 * path on any host. It lists no widget by name: adding a widget never changes this file, so the
 * Subresource Integrity hash in partners' snippets stays valid.
 */
const WIDGET_TAG = /^aid-[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const failed = new Set<string>();

const fileUrl = (path: string) => new URL(path, import.meta.url).href;

/** A <link rel="stylesheet"> and a promise that settles when it has loaded or failed. */
function stylesheet(path: string): [HTMLLinkElement, Promise<unknown>] {
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = fileUrl(path);
	const settled = new Promise((resolve) => {
		link.addEventListener('load', resolve);
		// A sheet that fails must not hide the widget for ever: it shows, less styled.
		link.addEventListener('error', resolve);
	});
	return [link, settled];
}

function hostClass(tag: string): CustomElementConstructor {
	const widget = tag.slice('aid-'.length);

	return class AidWidgetHost extends HTMLElement {
		#container: HTMLElement | undefined;
		#styled: Promise<unknown> | undefined;
		#controller: EmbedController | undefined;
		#attributes: readonly string[] = [];
		#lang: Lang | undefined;
		#active = false;
		/** Counts starts and stops, so a file that arrives after a newer start or a stop is dropped. */
		#run = 0;
		#observer = new MutationObserver((records) => this.#changed(records));

		connectedCallback() {
			if (this.#active) return; // moved within the page: keep the widget and the user's input
			this.#active = true;
			this.#container ??= this.#render();
			this.#observer.observe(this, { attributes: true });
			this.#start();
		}

		disconnectedCallback() {
			// A move (remove, then insert elsewhere) reconnects in the same task: keep the widget then.
			queueMicrotask(() => {
				if (this.isConnected || !this.#active) return;
				this.#active = false;
				this.#run++;
				this.#observer.disconnect();
				this.#controller?.destroy();
				this.#controller = undefined;
			});
		}

		/**
		 * The shadow root: the stylesheets, a slot that shows the element's own content (the partner's
		 * fallback text) while the widget loads, and the widget's container, hidden until its styles
		 * have loaded so that it never shows unstyled.
		 */
		#render(): HTMLElement {
			const root = this.attachShadow({ mode: 'open' });
			const [base, baseLoaded] = stylesheet('styles/base.css');
			const [own, ownLoaded] = stylesheet(`styles/${widget}.css`);
			const container = document.createElement('div');
			container.className = 'aid-embed';
			container.setAttribute('part', 'widget');
			container.hidden = true;
			root.append(base, own, document.createElement('slot'), container);
			this.#styled = Promise.all([baseLoaded, ownLoaded]);
			return container;
		}

		#start(): void {
			const run = ++this.#run;
			const { lang, pageLang } = elementLang(this);
			this.#lang = lang;
			const url = fileUrl(`${lang}/${tag}.js`);
			(import(/* @vite-ignore */ url) as Promise<EmbedWidgetModule>)
				.then(async (module) => {
					if (run !== this.#run || !this.#container) return;
					// A language switch: the old widget stays until the new language's file is here.
					this.#controller?.destroy();
					this.#attributes = module.attributes;
					this.#controller = module.start({
						container: this.#container,
						read: (name) => this.getAttribute(name),
						lang,
						pageLang
					});
					await this.#styled;
					if (run !== this.#run) return;
					this.shadowRoot?.querySelector('slot')?.remove();
					this.#container.hidden = false;
				})
				.catch((error: unknown) => {
					if (failed.has(url)) return;
					failed.add(url);
					console.warn(`[aid-embed] no widget <${tag}> at ${url}: ${String(error)}`);
				});
		}

		#changed(records: MutationRecord[]): void {
			const names = records.map((record) => record.attributeName ?? '');
			// Another language is another file: load it and start again from the attributes.
			if (names.includes('lang') && elementLang(this).lang !== this.#lang) this.#start();
			else if (names.some((name) => this.#attributes.includes(name))) this.#controller?.update();
		}
	};
}

function define(tag: string): void {
	// Checked again here: two loaders on one page (two copies of the snippet) define each tag once.
	if (WIDGET_TAG.test(tag) && !customElements.get(tag)) customElements.define(tag, hostClass(tag));
}

/** Undefined custom elements in and under `root` (`:not(:defined)` matches only those). */
function scan(root: Element | Document): void {
	if (root instanceof Element && root.matches(':not(:defined)')) define(root.localName);
	for (const element of root.querySelectorAll(':not(:defined)')) define(element.localName);
}

scan(document);
new MutationObserver((records) => {
	for (const record of records) {
		for (const node of record.addedNodes) if (node instanceof Element) scan(node);
	}
}).observe(document, { childList: true, subtree: true });

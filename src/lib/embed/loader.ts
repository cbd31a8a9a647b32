import type { Lang } from '../i18n/lang';
import type { EmbedController, EmbedWidgetModule } from './contract';
import { elementLang } from './lang';
import { EMBEDDED_WIDGETS, tagOf, type EmbeddedWidget } from './widgets';

/*
 * The one script a partner page loads: <script type="module" src="…/embed/loader.js">.
 * It defines one custom element per widget of this release (./widgets.ts, the list the manifest
 * names) and no other: a partner's own <aid-menu> is the partner's. Being defined on the page's
 * global registry, the browser upgrades these elements wherever they are — in the page, in another
 * component's (open or closed) shadow root, now or added later — without the loader looking for them.
 * Each element attaches a shadow root, links the stylesheets (styles/base.css and
 * styles/<widget>.css), picks the language (./lang.ts) and imports, all at once, that language's
 * runtime ({lang}/runtime.js, the code the widgets share, under a name that never changes) and the
 * widget ({lang}/aid-<widget>.js, which imports that runtime and mounts the widget): the runtime, the
 * widget and the stylesheets are requested in one round trip after this file. Every file is resolved
 * from this file's own URL, so a copy of the folder works at any path on any host.
 */
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

function warnOnce(url: string, message: string): void {
	if (failed.has(url)) return;
	failed.add(url);
	console.warn(message);
}

function hostClass(widget: EmbeddedWidget): CustomElementConstructor {
	const tag = tagOf(widget);

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
			// Our three languages are written left to right: a page in Arabic or Hebrew
			// (`direction: rtl`, inherited into the shadow root) must not mirror the widget.
			container.dir = 'ltr';
			container.hidden = true;
			root.append(base, own, document.createElement('slot'), container);
			this.#styled = Promise.all([baseLoaded, ownLoaded]);
			return container;
		}

		#start(): void {
			const run = ++this.#run;
			const { lang, pageLang } = elementLang(this);
			this.#lang = lang;
			this.#container?.setAttribute('lang', lang);
			const url = fileUrl(`${lang}/${tag}.js`);
			// The runtime beside the widget, not after it: the widget's own import of it is then
			// answered from the module map (one download; a failure shows through the widget's import).
			const runtime = fileUrl(`${lang}/runtime.js`);
			(import(/* @vite-ignore */ runtime) as Promise<unknown>).catch(() => undefined);
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
					warnOnce(url, `[aid-embed] no widget <${tag}> at ${url}: ${String(error)}`);
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

// Checked first: two loaders on one page (two copies of the snippet) define each tag once.
for (const widget of EMBEDDED_WIDGETS) {
	if (!customElements.get(tagOf(widget))) customElements.define(tagOf(widget), hostClass(widget));
}

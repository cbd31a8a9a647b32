import { mount, unmount, type Component } from 'svelte';
import tokensCss from '../styles/tokens.css?inline';
import widgetsCss from '../widgets/styles/widgets.css?inline';
import type { WidgetProps } from '../widgets/contract';
import {
	COMMON_ATTRIBUTES,
	parseAttributes,
	type ParsedAttributes,
	type StartAttribute,
	type WidgetAttributes
} from './attributes';
import embedCss from './embed.css?inline';
import { tagOf, type EmbeddedWidget } from './widgets';

/*
 * A widget as a custom element, without Svelte's `customElement` compile option (which injects
 * <style> elements that a strict Content-Security-Policy blocks). Styles are constructable
 * stylesheets adopted by the shadow root — a CSP allows those — built once per page and shared by
 * every element. Attributes are checked (./attributes.ts) and passed to the widget as reactive props.
 */

let sharedSheets: CSSStyleSheet[] | undefined;

function sheetOf(css: string): CSSStyleSheet {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(css);
	return sheet;
}

/** tokens.css, widgets.css and embed.css: the same three sheets for every widget on the page. */
function baseSheets(): CSSStyleSheet[] {
	sharedSheets ??= [sheetOf(tokensCss), sheetOf(widgetsCss), sheetOf(embedCss)];
	return sharedSheets;
}

/** The widget's props as a reactive object: changing a key re-renders the mounted widget. */
function reactiveProps<Result>(
	parsed: ParsedAttributes,
	onresult: (result: Result | null) => void
): ParsedAttributes & { onresult: (result: Result | null) => void } {
	const props = $state({ ...parsed, onresult });
	return props;
}

/**
 * Defines <aid-{widget}> for a widget component. `css` is the widget's own stylesheet
 * (src/lib/widgets/styles/{widget}.css?inline). Calling it twice (two loaders on one page) is harmless.
 */
export function defineWidget<Initial, Params, Result>(
	widget: EmbeddedWidget,
	component: Component<WidgetProps<Initial, Params, Result>>,
	attributes: WidgetAttributes<Initial>,
	css: string
): void {
	const tag = tagOf(widget);
	if (customElements.get(tag)) return;
	const startNames = (Object.values(attributes.start) as StartAttribute[]).map((a) => a.name);
	let widgetSheet: CSSStyleSheet | undefined;

	class AidWidgetElement extends HTMLElement {
		static observedAttributes = [...COMMON_ATTRIBUTES, ...startNames];

		#instance: Record<string, unknown> | undefined;
		#props: ReturnType<typeof reactiveProps<Result>> | undefined;
		#initialKey = '';
		// Not reactive state: only remembers which warnings were already printed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		#warned = new Set<string>();
		#updateQueued = false;
		#container: HTMLDivElement | undefined;

		connectedCallback() {
			if (this.#instance) return; // moved within the page: keep the user's input
			if (!this.shadowRoot) {
				const root = this.attachShadow({ mode: 'open' });
				widgetSheet ??= sheetOf(css);
				root.adoptedStyleSheets = [...baseSheets(), widgetSheet];
				this.#container = document.createElement('div');
				this.#container.className = 'aid-embed';
				this.#container.setAttribute('part', 'widget');
				root.append(this.#container);
			}
			this.#mount(this.#parse());
		}

		disconnectedCallback() {
			// A move (remove, then insert elsewhere) reconnects in the same task: keep the widget then.
			queueMicrotask(() => {
				if (!this.isConnected) this.#unmount();
			});
		}

		attributeChangedCallback() {
			if (!this.#instance || this.#updateQueued) return;
			this.#updateQueued = true;
			queueMicrotask(() => {
				this.#updateQueued = false;
				if (!this.#instance) return;
				const parsed = this.#parse();
				// Starting values seed the form once: new ones start a new form.
				if (JSON.stringify(parsed.initial) !== this.#initialKey) {
					this.#unmount();
					this.#mount(parsed);
				} else if (this.#props) {
					this.#props.lang = parsed.lang;
					this.#props.date = parsed.date;
					this.#props.params = parsed.params;
					this.#props.headingLevel = parsed.headingLevel;
				}
			});
		}

		#parse(): ParsedAttributes {
			const pageLang = this.parentElement?.closest('[lang]')?.getAttribute('lang');
			return parseAttributes(
				attributes,
				(name) => this.getAttribute(name),
				(message) => {
					if (this.#warned.has(message)) return;
					this.#warned.add(message);
					console.warn(`[${tag}] ${message}`);
				},
				pageLang ?? document.documentElement.lang
			);
		}

		#mount(parsed: ParsedAttributes) {
			if (!this.#container) return;
			this.#initialKey = JSON.stringify(parsed.initial);
			this.#props = reactiveProps<Result>(parsed, (result) => {
				// A copy: a listener that changes the detail cannot change what the widget shows.
				const detail = result === null ? null : (JSON.parse(JSON.stringify(result)) as Result);
				this.dispatchEvent(
					new CustomEvent('aid-result', { detail, bubbles: true, composed: true })
				);
			});
			try {
				this.#instance = mount(component, {
					target: this.#container,
					props: this.#props as unknown as WidgetProps<Initial, Params, Result>
				});
			} catch (error) {
				// A broken widget must never break the partner's page.
				console.error(`[${tag}] could not start:`, error);
				this.#instance = undefined;
			}
		}

		#unmount() {
			if (this.#instance) void unmount(this.#instance);
			this.#instance = undefined;
			this.#props = undefined;
		}
	}

	customElements.define(tag, AidWidgetElement);
}

import { mount, unmount, type Component } from 'svelte';
import type { WidgetProps } from '../widgets/contract';
import {
	COMMON_ATTRIBUTES,
	parseAttributes,
	type ParsedAttributes,
	type StartAttribute,
	type WidgetAttributes
} from './attributes';
import type { EmbedController, EmbedHost } from './contract';
import { tagOf, type EmbeddedWidget } from './widgets';

/*
 * The widget side of an embed: the loader's <aid-…> element (loader.ts) has made the shadow root,
 * linked the stylesheets and picked the language; this mounts the Svelte widget into it with the
 * element's attributes, checked (./attributes.ts), as reactive props, and reports each result with
 * an `aid-result` event. The event starts inside the shadow root; being composed, it reaches the page
 * with the <aid-…> element as its target.
 */

/** The attributes a widget reads besides `lang`: every common one and its starting values. */
export function attributeNames<Initial>(attributes: WidgetAttributes<Initial>): string[] {
	return [
		...COMMON_ATTRIBUTES.filter((name) => name !== 'lang'),
		...(Object.values(attributes.start) as StartAttribute[]).map((a) => a.name)
	];
}

/** The widget's props as a reactive object: changing a key re-renders the mounted widget. */
function reactiveProps<Result>(
	parsed: ParsedAttributes,
	onresult: (result: Result | null) => void
): ParsedAttributes & { onresult: (result: Result | null) => void } {
	const props = $state({ ...parsed, onresult });
	return props;
}

/** Mounts a widget component into the element's shadow root; returns what the element drives. */
export function startWidget<Initial, Params, Result>(
	widget: EmbeddedWidget,
	component: Component<WidgetProps<Initial, Params, Result>>,
	attributes: WidgetAttributes<Initial>,
	host: EmbedHost
): EmbedController {
	const tag = tagOf(widget);
	// Not reactive state: only remembers which warnings were already printed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const warned = new Set<string>();
	let instance: Record<string, unknown> | undefined;
	let props: ReturnType<typeof reactiveProps<Result>> | undefined;
	let initialKey = '';

	function parse(): ParsedAttributes {
		const parsed = parseAttributes(
			attributes,
			host.read,
			(message) => {
				if (warned.has(message)) return;
				warned.add(message);
				console.warn(`[${tag}] ${message}`);
			},
			host.pageLang
		);
		// This file's messages are in one language only: the one the loader chose by the same rules.
		return { ...parsed, lang: host.lang };
	}

	function start(parsed: ParsedAttributes): void {
		initialKey = JSON.stringify(parsed.initial);
		props = reactiveProps<Result>(parsed, (result) => {
			// A copy: a listener that changes the detail cannot change what the widget shows.
			const detail = result === null ? null : (JSON.parse(JSON.stringify(result)) as Result);
			host.container.dispatchEvent(
				new CustomEvent('aid-result', { detail, bubbles: true, composed: true })
			);
		});
		try {
			instance = mount(component, {
				target: host.container,
				props: props as unknown as WidgetProps<Initial, Params, Result>
			});
		} catch (error) {
			// A broken widget must never break the partner's page.
			console.error(`[${tag}] could not start:`, error);
			instance = undefined;
		}
	}

	function destroy(): void {
		if (instance) void unmount(instance);
		instance = undefined;
		props = undefined;
	}

	start(parse());
	return {
		update() {
			const parsed = parse();
			// Starting values seed the form once: new ones start a new form.
			if (JSON.stringify(parsed.initial) !== initialKey) {
				destroy();
				start(parsed);
			} else if (props) {
				props.date = parsed.date;
				props.params = parsed.params;
				props.headingLevel = parsed.headingLevel;
			}
		},
		destroy
	};
}

/*
 * The one script a partner page loads: <script type="module" src="…/embed/loader.js">.
 * It finds the page's <aid-…> elements that are not defined yet — now and whenever some are added
 * later — and imports only their widgets' files, which sit beside this file (aid-meal-cost.js …) and
 * are resolved from this file's own URL, so a copy of the folder works at any path on any host.
 * It lists no widget by name: adding a widget never changes this file, so the Subresource Integrity
 * hash in partners' snippets stays valid.
 */
const WIDGET_TAG = /^aid-[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const requested = new Set<string>();

function load(tag: string): void {
	if (requested.has(tag) || !WIDGET_TAG.test(tag) || customElements.get(tag)) return;
	requested.add(tag);
	const url = new URL(`${tag}.js`, import.meta.url).href;
	import(/* @vite-ignore */ url).catch((error: unknown) => {
		console.warn(`[aid-embed] no widget <${tag}> at ${url}: ${String(error)}`);
	});
}

/** Undefined custom elements in and under `root` (`:not(:defined)` matches only those). */
function scan(root: Element | Document): void {
	if (root instanceof Element && root.matches(':not(:defined)')) load(root.localName);
	for (const element of root.querySelectorAll(':not(:defined)')) load(element.localName);
}

scan(document);
new MutationObserver((records) => {
	for (const record of records) {
		for (const node of record.addedNodes) if (node instanceof Element) scan(node);
	}
}).observe(document, { childList: true, subtree: true });

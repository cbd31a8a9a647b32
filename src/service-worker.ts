/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';
import {
	OFFLINE_MANIFEST,
	isCacheLanguageMessage,
	isImmutable,
	offlineFiles
} from '$lib/offline/manifest';
import type { Lang } from '$lib/i18n/lang';

/*
 * After a visit the site works without a network: a social worker's laptop in a room with no signal
 * keeps every calculator, the finder and the budgeting session, in the language it was used in.
 * Residents are often on prepaid data, so:
 * - installing caches nothing: the first visit downloads only what its page needs;
 * - once a page is idle it asks for its language (src/lib/offline/client.ts), and only then this
 *   worker caches that language's pages and files, listed in /offline.json (scripts/size.mjs holds
 *   each language to its budget); a page in another language, when visited, adds its language;
 * - what the pages load meanwhile is cached as it passes.
 * A new release is a new worker, with a new cache: it takes over at once, deletes the old cache, and
 * the pages tell their visitor (or reload by themselves when nothing was typed). Nothing user-typed is
 * ever cached: only built files, by path.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `aid-cache-${version}`;
const ASSETS = new Set([...build, ...files, ...prerendered]);

/** A built file: SvelteKit's lists, an island, or a file of the offline manifest. */
function isBuilt(pathname: string): boolean {
	return ASSETS.has(pathname) || (pathname.startsWith('/islands/') && pathname.endsWith('.js'));
}

sw.addEventListener('install', () => {
	// No precaching: see above. The new release takes over without waiting for old tabs to close.
	void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

/** The languages being cached or cached by this worker, so that each is fetched once. */
const languages = new Map<Lang, Promise<void>>();

/**
 * Caches one language's files, two at a time, skipping what the cache already has. Throws when a
 * file could not be fetched, so that the next page in that language tries again.
 */
async function cacheLanguage(lang: Lang): Promise<void> {
	const response = await fetch(OFFLINE_MANIFEST, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${OFFLINE_MANIFEST}: ${response.status}`);
	const wanted = offlineFiles(await response.json(), lang);
	const cache = await caches.open(CACHE);
	const queue = [];
	for (const path of wanted) if (!(await cache.match(path))) queue.push(path);
	let missed = 0;
	const worker = async () => {
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			// A file with a hashed name may come from the browser's own cache (no bytes on the
			// network when the page just loaded it); a page or a stable name is revalidated.
			const request = new Request(path, { cache: isImmutable(path) ? 'default' : 'no-cache' });
			const file = await fetch(request).catch(() => undefined);
			if (file?.ok && file.type === 'basic') await cache.put(path, file);
			else missed++;
		}
	};
	await Promise.all([worker(), worker()]);
	if (missed > 0) throw new Error(`${missed} files of ${lang} not cached`);
}

sw.addEventListener('message', (event) => {
	if (!isCacheLanguageMessage(event.data)) return;
	const { lang } = event.data;
	let job = languages.get(lang);
	if (!job) {
		// A failure (offline, a new release meanwhile) is tried again on the next page's request.
		job = cacheLanguage(lang).catch(() => {
			languages.delete(lang);
		});
		languages.set(lang, job);
	}
	event.waitUntil(job);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Built files never change under the same name within a release: the cache answers first.
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			if (cached && isBuilt(url.pathname)) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic' && isBuilt(url.pathname)) {
					await cache.put(url.pathname, response.clone());
				}
				return response;
			} catch (error) {
				// Offline: the cached copy if there is one (pages are cached as /nl/…/ paths).
				const fallback =
					cached ??
					(await cache.match(url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`));
				if (fallback) return fallback;
				throw error;
			}
		})()
	);
});

/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';

// After a first visit the whole site works without a network: a social worker's laptop in a room
// with no signal keeps every calculator, the finder and the budgeting session. Everything is
// prerendered, so the cache holds the complete site; nothing user-typed is ever cached.
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `aid-cache-${version}`;
const ASSETS = new Set([...build, ...files, ...prerendered]);
/** The calculator pages' scripts, built after SvelteKit's build: listed in their own manifest. */
const ISLANDS_MANIFEST = '/islands/manifest.json';

async function islandFiles(): Promise<string[]> {
	const response = await fetch(ISLANDS_MANIFEST, { cache: 'no-cache' });
	if (!response.ok) return [];
	const manifest: unknown = await response.json();
	const listed = (manifest as { files?: unknown }).files;
	// Only our own absolute paths under /islands/: the manifest is data, not trusted code.
	return Array.isArray(listed)
		? listed.filter(
				(file): file is string => typeof file === 'string' && /^\/islands\/[\w/.-]+\.js$/.test(file)
			)
		: [];
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const precache = [...ASSETS, ...(await islandFiles())];
			// Past the browser's HTTP cache: a page or an island keeps its name from build to build.
			await cache.addAll(precache.map((path) => new Request(path, { cache: 'reload' })));
			await sw.skipWaiting();
		})()
	);
});

/** A built file: SvelteKit's lists, or an island (those are known by their path, not listed). */
function isBuilt(pathname: string): boolean {
	return ASSETS.has(pathname) || (pathname.startsWith('/islands/') && pathname.endsWith('.js'));
}

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

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Built files never change under the same name: the cache answers first.
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

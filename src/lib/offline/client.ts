import type { Lang } from '../i18n/lang';
import { m } from '../paraglide/messages.js';
import type { CacheLanguageMessage } from './manifest';

/*
 * The pages' side of the service worker (src/service-worker.ts), for the SvelteKit pages (from the
 * language layout) and the calculator pages (from their island): registers it once the page has
 * loaded; once the page is idle, asks it to keep this page's language for offline use; and when a
 * new release takes over, reloads the page if the visitor has typed nothing yet, or else tells them
 * ("new figures are available") with a button to reload when it suits them.
 */

/** Runs `task` when the browser has nothing better to do (soon after, where it cannot tell). */
function whenIdle(task: () => void): void {
	if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 10_000 });
	else setTimeout(task, 2_000);
}

/** A polite status at the top of the page: the words, and a button that reloads. */
function showUpdateNotice(lang: Lang): void {
	if (document.querySelector('.aid-update')) return;
	const locale = { locale: lang };
	const notice = document.createElement('div');
	notice.className = 'aid-update no-print';
	notice.setAttribute('role', 'status');
	notice.lang = lang;
	document.body.prepend(notice);
	// Filled after it is in the page, so that screen readers announce the words.
	requestAnimationFrame(() => {
		const text = document.createElement('p');
		text.textContent = m.offline_update({}, locale);
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'aid-button';
		button.textContent = m.offline_reload({}, locale);
		button.addEventListener('click', () => location.reload());
		notice.append(text, button);
	});
}

export function startOffline(lang: Lang): void {
	if (!('serviceWorker' in navigator)) return;
	const container = navigator.serviceWorker;
	// A page no worker controlled is a first visit: the worker taking it over is not a new release
	// (the next one to take over is).
	let controlled = container.controller !== null;
	// Anything typed or chosen in the page (also inside widgets' shadow roots: these events are
	// composed) would be lost by a reload.
	let touched = false;
	const touch = () => (touched = true);
	addEventListener('input', touch, { capture: true });
	addEventListener('change', touch, { capture: true });

	container.addEventListener('controllerchange', () => {
		if (!controlled) {
			controlled = true;
			return;
		}
		if (touched) showUpdateNotice(lang);
		else location.reload();
	});

	const register = () => {
		container
			.register('/service-worker.js')
			.then(() => container.ready)
			.then((registration) => {
				whenIdle(() => {
					const message: CacheLanguageMessage = { type: 'aid-cache-language', lang };
					registration.active?.postMessage(message);
				});
				// A tab left open all day (a social worker's) looks for a new release when it is shown
				// again, at most once an hour; the browser does so by itself only on navigation.
				let checked = Date.now();
				document.addEventListener('visibilitychange', () => {
					if (document.visibilityState !== 'visible' || Date.now() - checked < 3_600_000) return;
					checked = Date.now();
					registration.update().catch(() => undefined);
				});
			})
			.catch(() => undefined); // no worker (a private window may refuse it): the page still works
	};
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}

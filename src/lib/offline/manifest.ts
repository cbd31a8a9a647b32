import { isLang, type Lang } from '../i18n/lang';

/*
 * build/offline.json (written by scripts/offline-manifest.mjs): per language, every file its pages
 * need. The service worker reads it to cache one language once a page in it is idle. It is data from
 * the network, so it is checked here, and only our own plain paths are kept.
 */
export const OFFLINE_MANIFEST = '/offline.json';

/** A path on our own origin made of ordinary characters: no scheme, no `//`, no `..`, no query. */
const SAFE_PATH = /^\/(?:[\w.-]+\/)*[\w.-]*$/;

function isSafePath(path: unknown): path is string {
	return typeof path === 'string' && SAFE_PATH.test(path) && !path.split('/').includes('..');
}

/** The files to cache for `lang`, from the manifest's JSON; an empty list when it is not usable. */
export function offlineFiles(manifest: unknown, lang: Lang): string[] {
	if (!isLang(lang) || typeof manifest !== 'object' || manifest === null) return [];
	const langs = (manifest as { langs?: unknown }).langs;
	if (typeof langs !== 'object' || langs === null) return [];
	const entry = (langs as Record<string, unknown>)[lang];
	const files =
		typeof entry === 'object' && entry !== null ? (entry as { files?: unknown }).files : [];
	return Array.isArray(files) ? [...new Set(files.filter(isSafePath))] : [];
}

/** Files whose name changes with their content: cached by the browser for ever, never revalidated. */
export function isImmutable(path: string): boolean {
	return path.startsWith('/_app/immutable/') || /^\/islands\/[a-z]+\/chunks\//.test(path);
}

/** What a page tells the service worker once it is idle: cache this language. */
export interface CacheLanguageMessage {
	type: 'aid-cache-language';
	lang: Lang;
}

export function isCacheLanguageMessage(data: unknown): data is CacheLanguageMessage {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === 'aid-cache-language' &&
		isLang((data as { lang?: unknown }).lang)
	);
}

import type { Lang } from '$lib/i18n/lang';
import { m } from '$lib/paraglide/messages.js';
import type { PageId } from './pages';

/** A page's title and one-line description, for <title>, the meta description and the home list. */
export function pageText(id: PageId, lang: Lang): { title: string; description: string } {
	const locale = { locale: lang };
	switch (id) {
		case 'home':
			return { title: m.home_title({}, locale), description: m.home_description({}, locale) };
	}
}

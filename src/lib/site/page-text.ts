import type { Lang } from '../i18n/lang';
import { m } from '../paraglide/messages.js';
import type { PageId } from './pages';

type Texts = { title: string; description: string };

/** A page's title and one-line description, for <title>, the meta description and the home list. */
export function pageText(id: PageId, lang: Lang): Texts {
	const locale = { locale: lang };
	const texts: Record<PageId, () => Texts> = {
		home: () => ({ title: m.home_title({}, locale), description: m.home_description({}, locale) }),
		'savings-loan': () => ({
			title: m.page_savings_title({}, locale),
			description: m.page_savings_description({}, locale)
		}),
		'meal-cost': () => ({
			title: m.page_meals_title({}, locale),
			description: m.page_meals_description({}, locale)
		}),
		'food-package': () => ({
			title: m.page_food_title({}, locale),
			description: m.page_food_description({}, locale)
		}),
		finder: () => ({
			title: m.page_finder_title({}, locale),
			description: m.page_finder_description({}, locale)
		}),
		session: () => ({
			title: m.page_session_title({}, locale),
			description: m.page_session_description({}, locale)
		}),
		embed: () => ({
			title: m.page_embed_title({}, locale),
			description: m.page_embed_description({}, locale)
		}),
		about: () => ({
			title: m.ux_about_title({}, locale),
			description: m.ux_about_description({}, locale)
		})
	};
	return texts[id]();
}

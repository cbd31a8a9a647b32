/**
 * Search and filters over the finder's results. They work on what the finder returned, so they
 * never change a service's fit; they only choose which services are shown.
 */
import type { ServiceFit } from '../../calc/finder/find-help';
import type { Category, Entry } from '../../calc/finder/schema';
import type { Lang } from '../../i18n/lang';
import { categoryName } from './words';

/** Where a service's office is, as the place filter offers it. */
export const PLACES = ['jette', 'brussels-city', 'elsewhere'] as const;
export type Place = (typeof PLACES)[number];

export interface Filters {
	/** Words typed by the user; every word must appear (case and accents ignored). */
	query: string;
	category: Category | '';
	place: Place | '';
}

/** Lower case, without accents: "Vêtements" and "vetements" match. */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
}

/** The words a service can be found by: its name, description and categories in one language. */
export function searchText(entry: Entry, lang: Lang): string {
	return normalise(
		[
			entry.name[lang],
			entry.description[lang],
			...entry.categories.map((c) => categoryName(c, lang))
		].join(' ')
	);
}

/**
 * Whether an office is in the chosen place. A service whose source gives no place (a phone line,
 * a shelter at a hidden address) is never hidden by the place filter.
 */
export function inPlace(entry: Entry, place: Place | ''): boolean {
	if (place === '' || entry.municipality === null) return true;
	if (place === 'elsewhere')
		return entry.municipality !== 'jette' && entry.municipality !== 'brussels-city';
	return entry.municipality === place;
}

export function matches(service: ServiceFit, filters: Filters, lang: Lang, text?: string): boolean {
	const { entry } = service;
	if (filters.category && !entry.categories.includes(filters.category)) return false;
	if (!inPlace(entry, filters.place)) return false;
	const words = normalise(filters.query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const haystack = text ?? searchText(entry, lang);
	return words.every((word) => haystack.includes(word));
}

export interface CategoryGroup {
	category: Category;
	services: ServiceFit[];
}

/**
 * Services grouped under one category each: the filtered category when one is chosen, else the
 * service's first (main) category, so that a service appears once. Groups with a likely service
 * come first, then the others, each in the order of `order`; within a group, the finder's order
 * (likely, then maybe, then unlikely) is kept.
 */
export function groupByCategory(
	services: readonly ServiceFit[],
	order: readonly Category[],
	chosen: Category | ''
): CategoryGroup[] {
	const groups = new Map<Category, ServiceFit[]>();
	for (const service of services) {
		const category = chosen || service.entry.categories[0]!;
		const list = groups.get(category) ?? [];
		list.push(service);
		groups.set(category, list);
	}
	const rank = { likely: 0, maybe: 1, unlikely: 2 } as const;
	return order
		.flatMap((category) => {
			const list = groups.get(category);
			return list ? [{ category, services: list }] : [];
		})
		.sort((a, b) => rank[a.services[0]!.fit] - rank[b.services[0]!.fit]);
}

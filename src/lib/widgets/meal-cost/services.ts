import { MEAL_VENUES, type MealVenue } from '../../calc/meal-cost';
import type { Lang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import type { ServiceContact } from '../shared/ServiceCard.svelte';
import { venueWords } from '../shared/rule-words';

/** The venues come from the rule book's data (data/meal-venues/). */
export type Venue = MealVenue;
export const VENUES: readonly Venue[] = MEAL_VENUES;

/**
 * Where each of Jette's restaurants is, from the Jette source page "Sociale steun", section
 * "Materiële hulp". The source gives no phone number for Restojet or De Engelbewaarder, and no
 * address for the OCMW restaurant itself: for that one we show the OCMW's social service
 * (Sint-Pieterskerkstraat 47, tel. 02.422.46.11), which the same page names for everything the OCMW
 * does. A venue another municipality adds as data has no card until its service entry exists.
 */
export function mealService(venue: Venue, lang: Lang): ServiceContact | null {
	const locale = { locale: lang };
	switch (venue) {
		case 'ocmw':
			return {
				name: m.meals_service_ocmw_name({}, locale),
				address: m.meals_service_ocmw_address({}, locale),
				phones: [{ number: '+32 2 422 46 11' }],
				hours: [m.meals_service_ocmw_hours({}, locale)],
				note: m.meals_service_ocmw_note({}, locale)
			};
		case 'restojet':
			return {
				name: venueName(venue, lang),
				address: m.meals_service_restojet_address({}, locale),
				hours: [m.meals_service_restojet_hours({}, locale)],
				note: m.meals_service_no_phone({}, locale)
			};
		case 'engelbewaarder':
			return {
				name: venueName(venue, lang),
				address: m.meals_service_engelbewaarder_address({}, locale),
				hours: [
					m.meals_service_engelbewaarder_hours_saturday({}, locale),
					m.meals_service_engelbewaarder_hours_sunday({}, locale)
				],
				note: m.meals_service_no_phone({}, locale)
			};
		default:
			return null;
	}
}

/** The restaurant's name as a list item or chart label, from the rule book. */
export function venueName(venue: Venue, lang: Lang): string {
	return venueWords(venue, lang).name;
}

/** The short name under a bar of the chart. */
export function venueShortName(venue: Venue, lang: Lang): string {
	return venueWords(venue, lang).shortName;
}

/** "At Restojet", "In het sociaal restaurant van het OCMW": opens the cost sentence. */
export function atVenue(venue: Venue, lang: Lang): string {
	const locale = { locale: lang };
	switch (venue) {
		case 'ocmw':
			return m.meals_at_ocmw({}, locale);
		case 'restojet':
			return m.meals_at_restojet({}, locale);
		case 'engelbewaarder':
			return m.meals_at_engelbewaarder({}, locale);
		default:
			return m.meals_at_venue({ venue: venueName(venue, lang) }, locale);
	}
}

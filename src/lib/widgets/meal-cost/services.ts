import { MEAL_VENUES, type MealVenue } from '../../calc/meal-cost';
import type { Lang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import type { ServiceContact } from '../shared/ServiceCard.svelte';

// The venues are the meal calculator's list (calc/meal-cost.ts), not a copy of it.
export type Venue = MealVenue;
export const VENUES: readonly Venue[] = MEAL_VENUES;

/**
 * Where each restaurant is, from the Jette source page "Sociale steun", section "Materiële hulp".
 * The source gives no phone number for Restojet or De Engelbewaarder, and no address for the OCMW
 * restaurant itself: for that one we show the OCMW's social service (Sint-Pieterskerkstraat 47,
 * tel. 02.422.46.11), which the same page names for everything the OCMW does.
 */
export function mealService(venue: Venue, lang: Lang): ServiceContact {
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
				name: m.meals_venue_restojet({}, locale),
				address: m.meals_service_restojet_address({}, locale),
				hours: [m.meals_service_restojet_hours({}, locale)],
				note: m.meals_service_no_phone({}, locale)
			};
		case 'engelbewaarder':
			return {
				name: m.meals_venue_engelbewaarder({}, locale),
				address: m.meals_service_engelbewaarder_address({}, locale),
				hours: [
					m.meals_service_engelbewaarder_hours_saturday({}, locale),
					m.meals_service_engelbewaarder_hours_sunday({}, locale)
				],
				note: m.meals_service_no_phone({}, locale)
			};
	}
}

/** The restaurant's name as a list item or chart label. */
export function venueName(venue: Venue, lang: Lang): string {
	const locale = { locale: lang };
	return {
		ocmw: m.meals_venue_ocmw,
		restojet: m.meals_venue_restojet,
		engelbewaarder: m.meals_venue_engelbewaarder
	}[venue]({}, locale);
}

/** The short name under a bar of the chart. */
export function venueShortName(venue: Venue, lang: Lang): string {
	const locale = { locale: lang };
	return {
		ocmw: m.meals_venue_short_ocmw,
		restojet: m.meals_venue_short_restojet,
		engelbewaarder: m.meals_venue_short_engelbewaarder
	}[venue]({}, locale);
}

/** "At Restojet", "In het sociaal restaurant van het OCMW", "Au Restojet": opens the cost sentence. */
export function atVenue(venue: Venue, lang: Lang): string {
	const locale = { locale: lang };
	return {
		ocmw: m.meals_at_ocmw,
		restojet: m.meals_at_restojet,
		engelbewaarder: m.meals_at_engelbewaarder
	}[venue]({}, locale);
}

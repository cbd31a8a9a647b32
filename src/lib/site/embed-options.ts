import type { Lang } from '../i18n/lang';
import { m } from '../paraglide/messages.js';
import { venueName } from '../widgets/meal-cost/services';

type Words = (inputs: Record<string, never>, options: { locale: Lang }) => string;

/*
 * The configurator's starting values in words: each attribute of src/lib/embed/<widget>/attributes.ts
 * by its name, and each of its choices by its value. The choices reuse the calculators' own words,
 * so a partner reads what their visitors will read. embed-options.test.ts fails on one left out.
 */
const ATTRIBUTE_WORDS: Record<string, Words> = {
	mode: m.ux_embed_attr_mode,
	'monthly-amount': m.ux_embed_attr_monthly_amount,
	months: m.ux_embed_attr_months,
	'target-loan': m.ux_embed_attr_target_loan,
	venue: m.ux_embed_attr_venue,
	ages: m.ux_embed_attr_ages,
	'receives-leefloon': m.ux_embed_attr_receives_leefloon,
	'monthly-net-income': m.ux_embed_attr_monthly_net_income,
	'leefloon-category': m.ux_embed_attr_leefloon_category,
	'meals-per-week': m.ux_embed_attr_meals_per_week
};

const CHOICE_WORDS: Record<string, Record<string, Words>> = {
	mode: { calculate: m.savings_mode_calculate, plan: m.savings_mode_plan },
	venue: {
		// Venue names come from the rule book's data (data/meal-venues/), like the widget's own.
		ocmw: (_, { locale }) => venueName('ocmw', locale),
		restojet: (_, { locale }) => venueName('restojet', locale),
		engelbewaarder: (_, { locale }) => venueName('engelbewaarder', locale)
	},
	'receives-leefloon': { yes: m.meals_yes, no: m.meals_no },
	'leefloon-category': {
		single: m.meals_category_single,
		cohabiting: m.meals_category_cohabiting,
		family: m.meals_category_family
	}
};

/** An attribute's label in words; undefined for an attribute not worded yet. */
export function attributeWords(name: string, lang: Lang): string | undefined {
	return ATTRIBUTE_WORDS[name]?.({}, { locale: lang });
}

/** One choice of an attribute in words; undefined for a choice not worded yet. */
export function choiceWords(name: string, value: string, lang: Lang): string | undefined {
	return CHOICE_WORDS[name]?.[value]?.({}, { locale: lang });
}

import type { FoodPackageResult } from '../../calc/food-package';
import { INTL_LOCALE, type Lang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import type { ExplainedSource } from '../shared/Explanation.svelte';
import type { ServiceContact } from '../shared/ServiceCard.svelte';
import { counted, formatNumber } from '../shared/format';
import { explainedSource, referenceText, type ParameterLabel } from '../shared/sources';
import type { GroupCount } from './HouseholdPicture.svelte';

type Step = FoodPackageResult['steps'][number];
type Source = FoodPackageResult['sources'][number];

/**
 * The Centre d'Entraide de Jette, from the Jette page "Sociale steun", section "Materiële hulp ›
 * Voedselhulp" (address, phone). The source gives the Centre's hours only under "Regularisatie
 * documenten", as the permanence of its two social assistants: we show them under that name and say
 * that the source does not give hours for food help.
 */
export function foodService(lang: Lang): ServiceContact {
	const locale = { locale: lang };
	return {
		name: m.food_service_name({}, locale),
		address: m.food_service_address({}, locale),
		phones: [{ number: '+32 2 428 90 56' }],
		hours: [
			m.food_permanence_intro({}, locale),
			m.food_permanence_monday({}, locale),
			m.food_permanence_tuesday({}, locale),
			m.food_permanence_thursday({}, locale),
			m.food_permanence_friday({}, locale)
		],
		note: m.food_permanence_note({}, locale)
	};
}

/**
 * Where a figure comes from, in words. Our own choice for food cites the page section it rests on,
 * and the OECD scale is named in the user's language rather than by its English title.
 */
function foodReference(source: Source, lang: Lang): string {
	const { reference } = source;
	if (reference.source === 'ours' && reference.section) {
		return m.food_source_ours_food({ section: reference.section }, { locale: lang });
	}
	if (reference.source === 'external' && source.id.startsWith('oecd.')) {
		return m.food_source_oecd({}, { locale: lang });
	}
	return referenceText(reference, lang);
}

export function explainSource(source: Source, lang: Lang): ExplainedSource {
	return explainedSource(
		source,
		lang,
		PARAMETER_NAMES,
		(shown) => (shown.value === null ? null : parameterValue(shown, lang)),
		foodReference(source, lang)
	);
}

/** "2 adults, 1 child and 1 baby": the groups that have someone in them, as a list. */
export function householdList(groups: GroupCount[], lang: Lang): string {
	const words = groups
		.filter((g) => g.count > 0)
		.map((g) =>
			g.group === 'adults'
				? counted(g.count, lang, m.food_count_adults_one, m.food_count_adults_other)
				: g.group === 'children'
					? counted(g.count, lang, m.food_count_children_one, m.food_count_children_other)
					: counted(g.count, lang, m.food_count_babies_one, m.food_count_babies_other)
		);
	return new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(words);
}

/** "3 persons", "1 personne". */
export function personsText(count: number, lang: Lang): string {
	return counted(count, lang, m.food_count_persons_one, m.food_count_persons_other);
}

const FIGURE = {
	small: m.food_figure_small,
	medium: m.food_figure_medium,
	large: m.food_figure_large
};
const SIZE = { small: m.food_size_small, medium: m.food_size_medium, large: m.food_size_large };
const MEANING = {
	small: m.food_meaning_small,
	medium: m.food_meaning_medium,
	large: m.food_meaning_large
};
const MEANING_BABY = {
	small: m.food_meaning_small_baby,
	medium: m.food_meaning_medium_baby,
	large: m.food_meaning_large_baby
};

/** The key figure: "Medium package for 3 persons". */
export function packageText(result: FoodPackageResult, lang: Lang): string {
	return FIGURE[result.packageSize](
		{ persons: personsText(result.persons, lang) },
		{ locale: lang }
	);
}

/** The one-sentence meaning: "For 2 adults and 1 child, we expect a medium-sized package." */
export function meaningText(groups: GroupCount[], result: FoodPackageResult, lang: Lang): string {
	const message = (result.babySupplies ? MEANING_BABY : MEANING)[result.packageSize];
	return message({ household: householdList(groups, lang) }, { locale: lang });
}

/** The age limits the calculator used (ours or a partner's), read from its steps. */
export function ageLimits(result: FoodPackageResult): {
	child: number;
	young: number;
	oecd: number;
} {
	const value = (code: Step['code'], key: string, fallback: number) =>
		Number(result.steps.find((s) => s.code === code)?.values[key] ?? fallback);
	return {
		child: value('children', 'childAgeLimit', 18),
		young: value('young-children', 'youngChildAgeLimit', 3),
		oecd: Number(result.sources.find((s) => s.id === 'oecd.child-age-limit')?.value ?? 14)
	};
}

/** Each step of the calculation in one plain sentence. */
export function explainStep(step: Step, result: FoodPackageResult, lang: Lang): string {
	const locale = { locale: lang };
	const v = step.values;
	const weight = (key: string) => formatNumber(String(v[key]), lang, 1);
	const number = (key: string) => formatNumber(Number(v[key]), lang);
	switch (step.code) {
		case 'consumption-units':
			return m.food_step_consumption_units(
				{
					first: weight('firstMemberWeight'),
					over: number('membersAged14OrOver'),
					adultWeight: weight('adultWeight'),
					under: number('membersUnder14'),
					childWeight: weight('childWeight'),
					limit: formatNumber(ageLimits(result).oecd, lang),
					units: weight('consumptionUnits')
				},
				locale
			);
		case 'children':
			return m.food_step_children(
				{ limit: number('childAgeLimit'), count: number('children') },
				locale
			);
		case 'young-children':
			return m.food_step_young_children(
				{ limit: number('youngChildAgeLimit'), count: number('youngChildren') },
				locale
			);
		case 'package-size':
			return m.food_step_package_size(
				{
					persons: personsText(Number(v['persons']), lang),
					medium: number('mediumFromPersons'),
					large: number('largeFromPersons'),
					size: SIZE[result.packageSize]({}, locale)
				},
				locale
			);
	}
}

const PARAMETER_NAMES: Record<string, ParameterLabel> = {
	'oecd.first-member-weight': m.food_param_oecd_first_member_weight,
	'oecd.adult-weight': m.food_param_oecd_adult_weight,
	'oecd.child-weight': m.food_param_oecd_child_weight,
	'oecd.child-age-limit': m.food_param_oecd_child_age_limit,
	'food-package.child-age-limit': m.food_param_child_age_limit,
	'food-package.young-child-age-limit': m.food_param_young_child_age_limit,
	'food-package.medium-from-persons': m.food_param_medium_from_persons,
	'food-package.large-from-persons': m.food_param_large_from_persons
};

/** A parameter's value with its unit: "18 years", "3 persons", "0,5". */
function parameterValue(source: Source, lang: Lang): string {
	const value = source.value ?? '';
	if (source.id.endsWith('-age-limit')) {
		return m.food_value_years({ count: formatNumber(Number(value), lang) }, { locale: lang });
	}
	if (source.id.endsWith('-from-persons')) return personsText(Number(value), lang);
	return formatNumber(value, lang, 1);
}

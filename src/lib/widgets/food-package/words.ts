import type { FoodPackageResult } from '../../calc/food-package';
import type { Lang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import type { ExplainedSource } from '../shared/Explanation.svelte';
import type { ServiceContact } from '../shared/ServiceCard.svelte';
import { counted, formatNumber } from '../shared/format';
import { explainedSource, sourceName, type ParameterLabel } from '../shared/sources';

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

export function explainSource(source: Source, lang: Lang): ExplainedSource {
	return explainedSource(source, lang, PARAMETER_NAMES, (shown) =>
		shown.value === null ? null : parameterValue(shown, lang)
	);
}

/** "3 persons", "1 personne". */
export function personsText(count: number, lang: Lang): string {
	return counted(count, lang, m.food_count_persons_one, m.food_count_persons_other);
}

/** The scale's child age (14), as the calculator used it. */
export function scaleChildAge(result: FoodPackageResult): number {
	return Number(result.sources.find((s) => s.id === 'oecd.child-age-limit')?.value ?? 14);
}

/** "set by the Centre X" or "set by your organisation": the label of what only a partner sets. */
export function setByText(result: FoodPackageResult, lang: Lang): string {
	const partner = result.sources.find((s) => s.status === 'partner');
	return partner ? sourceName(partner.reference, lang) : '';
}

const FIGURE = {
	small: m.food_figure_size_small,
	medium: m.food_figure_size_medium,
	large: m.food_figure_size_large
};
const SIZE = { small: m.food_size_small, medium: m.food_size_medium, large: m.food_size_large };

/**
 * The key figure. By default what the source names: persons and children ("3 persons, including
 * 1 child under 14", the children as the scale counts them). A size only when an organisation set
 * its own sizes: "Medium package for 3 persons (set by …)".
 */
export function packageText(result: FoodPackageResult, lang: Lang): string {
	const locale = { locale: lang };
	const persons = personsText(result.persons, lang);
	if (result.packageSize !== null) {
		return m.food_set_by(
			{
				text: FIGURE[result.packageSize]({ persons }, locale),
				setBy: setByText(result, lang)
			},
			locale
		);
	}
	if (result.scaleChildren === 0) return persons;
	const children = counted(
		result.scaleChildren,
		lang,
		m.food_count_children_under_one,
		m.food_count_children_under_other,
		{ limit: formatNumber(scaleChildAge(result), lang) }
	);
	return m.food_figure_household({ persons, children }, locale);
}

/** "Your household needs about 2.1 times what one adult … The Centre puts the package together …" */
export function meaningText(result: FoodPackageResult, lang: Lang): string {
	const locale = { locale: lang };
	const units = formatNumber(result.consumptionUnits, lang, 1);
	return `${m.food_meaning_units({ units }, locale)} ${m.food_meaning_centre({}, locale)}`;
}

/** Each step of the calculation in one plain sentence. */
export function explainStep(step: Step, result: FoodPackageResult, lang: Lang): string {
	const locale = { locale: lang };
	const v = step.values;
	const weight = (key: string) => formatNumber(String(v[key]), lang, 1);
	const number = (key: string) => formatNumber(Number(v[key]), lang);
	const setBy = setByText(result, lang);
	switch (step.code) {
		case 'consumption-units':
			return m.food_step_consumption_units(
				{
					first: weight('firstMemberWeight'),
					over: number('membersAged14OrOver'),
					adultWeight: weight('adultWeight'),
					under: number('membersUnder14'),
					childWeight: weight('childWeight'),
					limit: formatNumber(scaleChildAge(result), lang),
					units: weight('consumptionUnits')
				},
				locale
			);
		case 'children':
			return m.food_step_children(
				{ limit: number('childAgeLimit'), count: number('children'), setBy },
				locale
			);
		case 'package-size': {
			const rules = [
				v['mediumFromPersons'] === undefined
					? null
					: m.food_step_medium_from({ count: number('mediumFromPersons') }, locale),
				v['largeFromPersons'] === undefined
					? null
					: m.food_step_large_from({ count: number('largeFromPersons') }, locale)
			].filter((rule) => rule !== null);
			return m.food_step_package_size(
				{
					persons: personsText(Number(v['persons']), lang),
					rules: rules.join(' '),
					size: SIZE[result.packageSize ?? 'small']({}, locale),
					setBy
				},
				locale
			);
		}
	}
}

const PARAMETER_NAMES: Record<string, ParameterLabel> = {
	'oecd.first-member-weight': m.food_param_oecd_first_member_weight,
	'oecd.adult-weight': m.food_param_oecd_adult_weight,
	'oecd.child-weight': m.food_param_oecd_child_weight,
	'oecd.child-age-limit': m.food_param_oecd_child_age_limit,
	'food-package.child-age-limit': m.food_param_child_age_limit,
	'food-package.medium-from-persons': m.food_param_medium_from_persons,
	'food-package.large-from-persons': m.food_param_large_from_persons
};

/** A parameter's value with its unit: "14 years", "3 persons", "0,5". */
function parameterValue(source: Source, lang: Lang): string {
	const value = source.value ?? '';
	if (source.id.endsWith('-age-limit')) {
		return m.food_value_years({ count: formatNumber(Number(value), lang) }, { locale: lang });
	}
	if (source.id.endsWith('-from-persons')) return personsText(Number(value), lang);
	return formatNumber(value, lang, 1);
}

/**
 * The session's figures in words, in any of the three languages: the page words them in the
 * worker's language, the summary in the resident's. Calculators return codes and numbers only.
 */
import {
	money,
	parseAmount,
	type FoodPackageResult,
	type MealCostResult,
	type ParameterSource,
	type SavingsLoanResult,
	type SavingsPlanResult
} from '../../calc';
import { venueName } from '../meal-cost/services';
import type { LeefloonCategory } from '../../calc/leefloon';
import type { Lang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import type { SessionState } from '../../session/state';
import { formatDate, formatMoney, formatNumber } from '../shared/format';
import { inForce, referenceText as sourceText } from '../shared/sources';
import { meaningText, packageText } from '../food-package/words';

type Category = LeefloonCategory;

export function categoryName(category: Category, lang: Lang): string {
	const locale = { locale: lang };
	if (category === 'cohabiting') return m.session_category_cohabiting({}, locale);
	if (category === 'single') return m.session_category_single({}, locale);
	return m.session_category_family({}, locale);
}

export function municipalityName(
	municipality: NonNullable<SessionState['municipality']>,
	lang: Lang
): string {
	const locale = { locale: lang };
	if (municipality === 'jette') return m.session_municipality_jette({}, locale);
	if (municipality === 'brussels-city') return m.session_municipality_brussels_city({}, locale);
	return m.session_municipality_other({}, locale);
}

/**
 * The sources of one section, each said once: `lines` lists them in order of first use ("Amounts
 * in force from 1 February 2025. Source: …"), and `refs` gives, for each figure, the numbers of the
 * lines it used (1-based), so a figure says "Source: 1, 3." instead of repeating the list.
 */
export function sectionSources(
	figures: readonly (readonly ParameterSource[] | null | undefined)[],
	lang: Lang
): { lines: string[]; refs: number[][] } {
	const lines: string[] = [];
	const refs = figures.map((sources) => {
		const used = new Set<number>();
		for (const source of sources ?? []) {
			const line = m.rules_source_line(
				{
					source: sourceText(source.reference, lang),
					when: source.status === 'partner' ? '' : inForce(source, lang),
					checked:
						source.checked === null
							? ''
							: m.rules_checked_on({ date: formatDate(source.checked, lang) }, { locale: lang })
				},
				{ locale: lang }
			);
			let index = lines.indexOf(line);
			if (index === -1) index = lines.push(line) - 1;
			used.add(index + 1);
		}
		return [...used].sort((a, b) => a - b);
	});
	return { lines, refs };
}

/** "Source: 1, 3." for a figure's numbers in its section's list; '' without any. */
export function sourceRefs(refs: readonly number[] | undefined, lang: Lang): string {
	if (!refs?.length) return '';
	return m.session_source_refs(
		{ refs: refs.map((ref) => formatNumber(ref, lang)).join(', ') },
		{ locale: lang }
	);
}

/**
 * The version of the rules a set of figures used: the newest date any of their amounts took
 * effect ('2025-09-01'), or null without figures.
 */
export function rulesVersion(
	figures: readonly (readonly ParameterSource[] | null | undefined)[]
): string | null {
	let newest: string | null = null;
	for (const sources of figures) {
		for (const { from } of sources ?? []) {
			// A value "as published" (no date of its own) does not date the rules.
			if (from !== null && (newest === null || from > newest)) newest = from;
		}
	}
	return newest;
}

/** A plain amount the session keeps ("1314.20") as the page's language writes it in a field. */
export function fieldAmount(plain: string, lang: Lang): string {
	return lang === 'en' ? plain : plain.replace('.', ',');
}

/** The savings group in one or two plain sentences, from the calculator's result. */
export function savingsSentence(result: SavingsLoanResult, lang: Lang): string {
	const locale = { locale: lang };
	const money = (value: string) => formatMoney(value, lang);
	const minimumStep = result.steps.find((step) => step.code === 'minimum-monthly-amount');
	if (result.eligible) {
		const months = result.steps.find((step) => step.code === 'total-saved')?.values['months'];
		return m.savings_meaning_eligible(
			{
				months: formatNumber(Number(months ?? 0), lang),
				amount: money(monthlyAmountOf(result)),
				loan: money(result.loanCapacity)
			},
			locale
		);
	}
	if (result.monthsToEligibility !== null && result.loanAtEligibility !== null) {
		const count = result.monthsToEligibility;
		return count === 1
			? m.savings_meaning_wait_one({ loan: money(result.loanAtEligibility) }, locale)
			: m.savings_meaning_wait_other(
					{ count: formatNumber(count, lang), loan: money(result.loanAtEligibility) },
					locale
				);
	}
	const minimum = minimumStep?.values['minimumMonthlyAmount'];
	return m.savings_meaning_below_minimum({ minimum: money(String(minimum ?? '')) }, locale);
}

/** The monthly amount as the calculator read it ("2.50"), from its first step. */
export function monthlyAmountOf(result: SavingsLoanResult): string {
	const step = result.steps.find((s) => s.code === 'total-saved');
	return String(step?.values['monthlyAmount'] ?? '0');
}

/** The key figure of the savings group: what can be borrowed now, or once the year is saved. */
export function savingsFigure(result: SavingsLoanResult, lang: Lang): string | null {
	if (result.eligible) return formatMoney(result.loanCapacity, lang);
	return result.loanAtEligibility === null ? null : formatMoney(result.loanAtEligibility, lang);
}

/** How to reach the loan the resident wants. */
export function planSentences(plan: SavingsPlanResult, amount: string, lang: Lang): string[] {
	const locale = { locale: lang };
	const money = (value: string) => formatMoney(value, lang);
	const lines: string[] = [];
	if (plan.monthsNeeded !== null) {
		lines.push(
			m.savings_plan_meaning_months(
				{
					amount: money(amount),
					months: formatNumber(plan.monthsNeeded, lang),
					target: money(plan.targetLoan)
				},
				locale
			)
		);
	}
	if (plan.monthlyAmountFor12Months !== null) {
		lines.push(
			m.savings_plan_in_a_year(
				{ target: money(plan.targetLoan), amount: money(plan.monthlyAmountFor12Months) },
				locale
			)
		);
	}
	return lines;
}

/** A typed income as an amount ("1314,20" → "€ 1.314,20"), read by the calculator's own parser. */
export function incomeMoney(text: string, lang: Lang): string {
	try {
		return formatMoney(money(parseAmount(text, [], lang)), lang);
	} catch {
		return text;
	}
}

/** The meals: the monthly cost (or the visit's, or "ask"), and who may eat there. */
export function mealFigure(result: MealCostResult, lang: Lang): string | null {
	if (result.perMonth !== null) return formatMoney(result.perMonth, lang);
	return result.pricePerVisit === null ? null : formatMoney(result.pricePerVisit, lang);
}

/** The visits a month the calculator counted (from the visits a week the form asks); 0 without. */
function mealVisits(result: MealCostResult): number {
	const step = result.steps.find((s) => s.code === 'price-per-month');
	return Number(step?.values['mealsPerMonth'] ?? 0);
}

export function mealSentences(result: MealCostResult, lang: Lang): string[] {
	const visits = mealVisits(result);
	const locale = { locale: lang };
	const venue = venueName(result.venue, lang);
	const lines: string[] = [];
	if (result.access === 'probably-not') {
		// No price to pay where the household probably cannot eat: the published prices, as such.
		if (result.tariffs.adult !== null) {
			lines.push(
				`${m.meals_published_prices_heading({}, locale)}: ${formatMoney(result.tariffs.adult, lang)}.`
			);
		}
	} else if (result.pricePerVisit === null) {
		lines.push(m.session_meals_price_unknown({ venue }, locale));
	} else if (result.perMonth !== null) {
		lines.push(
			m.session_meals_month(
				{
					amount: formatMoney(result.perMonth, lang),
					venue,
					visits: formatNumber(visits, lang),
					perVisit: formatMoney(result.pricePerVisit, lang)
				},
				locale
			)
		);
	} else {
		lines.push(
			m.session_meals_visit({ perVisit: formatMoney(result.pricePerVisit, lang) }, locale)
		);
	}
	const rule = m.meals_access_leefloon_rule({ venue }, locale);
	if (result.access === 'open-to-all') lines.push(m.meals_access_open({ venue }, locale));
	if (result.access === 'ask') lines.push(m.meals_access_ask({ venue }, locale));
	if (result.access === 'eligible') lines.push(m.session_meals_access_eligible({}, locale));
	if (result.access === 'derogation-possible') {
		lines.push(`${rule} ${m.meals_access_derogation({}, locale)}`);
	}
	if (result.access === 'below-leefloon') lines.push(`${rule} ${m.meals_access_below({}, locale)}`);
	if (result.access === 'probably-not') {
		lines.push(`${rule} ${m.meals_access_probably_not({}, locale)}`);
	}
	return lines;
}

/**
 * The food package as the source states it: persons and children (a size only when an organisation
 * set its own), the household's relative size, and who puts the package together.
 */
export function foodFigure(result: FoodPackageResult, lang: Lang): string {
	return packageText(result, lang);
}

export function foodSentences(result: FoodPackageResult, lang: Lang): string[] {
	return [meaningText(result, lang)];
}

import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { WORDS } from 'virtual:aid/rule-book-words';
import type { Lang } from '../../src/lib/i18n/lang';
import FoodPackageWidget from '../../src/lib/widgets/food-package/FoodPackageWidget.svelte';
import MealCostWidget from '../../src/lib/widgets/meal-cost/MealCostWidget.svelte';
import SavingsLoanWidget from '../../src/lib/widgets/savings-loan/SavingsLoanWidget.svelte';

/*
 * What the widgets claim, held to what the sources say (issue "Truth you can check"), in each
 * language: nothing the sources do not state, and every result saying which rules it used.
 */
const DATE = '2025-06-03';
const LANGS: Lang[] = ['nl', 'fr', 'en'];

/** Everything a widget says, the explanation opened; spaces made plain, soft hyphens gone. */
function text(container: HTMLElement): string {
	for (const details of container.querySelectorAll('details')) details.open = true;
	return (container.textContent ?? '').replace(/\s+/g, ' ').replace(/\u00ad/g, '');
}
const figure = (container: HTMLElement) =>
	(container.querySelector('.aid-result__figure')?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => {
	document.body.innerHTML = '';
});

describe('food package: persons, children and a stated method; no invented size or contents', () => {
	const INVENTED: Record<Lang, RegExp> = {
		nl: /klein pakket|middelgroot|groot pakket|luier|babyvoeding|jonger dan 18|onder 18/i,
		fr: /petit colis|colis moyen|grand colis|couche|aliments pour bébé|moins de 18/i,
		en: /small package|medium|large package|napp|baby food|under 18/i
	};
	const DEFAULT: Record<Lang, { figure: string; units: string; centre: RegExp }> = {
		nl: {
			figure: '3 personen, van wie 1 kind jonger dan 14',
			units: 'ongeveer 1,8 keer nodig wat één volwassene alleen nodig heeft',
			centre: /nadat zijn sociale assistente uw aanvraag heeft onderzocht/
		},
		fr: {
			figure: '3 personnes, dont 1 enfant de moins de 14 ans',
			units: 'environ 1,8 fois ce dont un adulte seul a besoin',
			centre: /après que son assistante sociale a examiné votre demande/
		},
		en: {
			figure: '3 persons, including 1 child under 14',
			units: 'about 1.8 times what one adult living alone needs',
			centre: /after its social assistant has assessed your request/
		}
	};
	for (const lang of LANGS) {
		it(`in ${lang}, by default`, () => {
			const { container } = render(FoodPackageWidget, { props: { lang, date: DATE } });
			const all = text(container);
			expect(figure(container)).toBe(DEFAULT[lang].figure);
			expect(all).toContain(DEFAULT[lang].units);
			expect(all).toMatch(DEFAULT[lang].centre);
			expect(all).not.toMatch(INVENTED[lang]);
		});
	}

	const SET_BY: Record<Lang, string> = {
		nl: 'Middelgroot pakket voor 4 personen (ingesteld door Voedselbank Voorbeeld)',
		fr: 'Colis moyen pour 4 personnes (défini par Voedselbank Voorbeeld)',
		en: 'Medium package for 4 persons (set by Voedselbank Voorbeeld)'
	};
	for (const lang of LANGS) {
		it(`in ${lang}, sizes appear only when an organisation sets them, labelled as its own`, () => {
			const { container } = render(FoodPackageWidget, {
				props: {
					lang,
					date: DATE,
					initial: { ages: ['40', '38', '10', '8'] },
					params: {
						organisation: 'Voedselbank Voorbeeld',
						mediumFromPersons: 3,
						largeFromPersons: 5
					}
				}
			});
			expect(figure(container)).toBe(SET_BY[lang]);
		});
	}
});

describe('meals: De Engelbewaarder is "ask"; above the leefloon is "probably not", with no price', () => {
	const ASK: Record<Lang, string> = {
		nl: 'De bron zegt niet wie bij De Engelbewaarder mag eten: vraag het daar.',
		fr: 'La source ne dit pas qui peut manger à De Engelbewaarder\u00a0: demandez-le sur place.',
		en: 'The source does not say who may eat at De Engelbewaarder: ask there.'
	};
	const OPEN: Record<Lang, RegExp> = {
		nl: /De Engelbewaarder staat open voor iedereen/,
		fr: /De Engelbewaarder est ouvert à tout le monde/,
		en: /De Engelbewaarder is open to everyone/
	};
	for (const lang of LANGS) {
		it(`in ${lang}, De Engelbewaarder: access and price are to be asked`, () => {
			const { container } = render(MealCostWidget, {
				props: { lang, date: DATE, initial: { venue: 'engelbewaarder', mealsPerWeek: '1' } }
			});
			const all = text(container);
			expect(all.replace(/\u00a0/g, ' ')).toContain(ASK[lang].replace(/\u00a0/g, ' '));
			expect(all).not.toMatch(OPEN[lang]);
		});
	}

	const PROBABLY_NOT: Record<Lang, { figure: string; prices: string; adult: string }> = {
		nl: {
			figure: 'Waarschijnlijk niet voor u',
			prices: 'Gepubliceerde prijzen, voor mensen die een leefloon krijgen',
			adult: 'Een volwassene: € 1,50'
		},
		fr: {
			figure: 'Probablement pas pour vous',
			prices: 'Prix publiés, pour les personnes qui reçoivent le revenu d’intégration',
			adult: 'Un adulte : 1,50 €'
		},
		en: {
			figure: 'Probably not for you',
			prices: 'Published prices, for people who receive the leefloon',
			adult: 'An adult: €1.50'
		}
	};
	for (const lang of LANGS) {
		it(`in ${lang}, one cent above the leefloon: no price to pay, no total, no bar; the published prices, labelled`, () => {
			const { container } = render(MealCostWidget, {
				props: {
					lang,
					date: DATE,
					initial: { receivesLeefloon: false, monthlyNetIncome: '1314.21', mealsPerWeek: '5' }
				}
			});
			expect(figure(container)).toBe(PROBABLY_NOT[lang].figure);
			const panel = text(container.querySelector('.aid-result') as HTMLElement);
			expect(panel).toContain(PROBABLY_NOT[lang].prices);
			expect(panel.replace(/\u00a0|\u202f/g, ' ')).toContain(PROBABLY_NOT[lang].adult);
			expect(panel).not.toMatch(/33[,.]00/);
			// The chart draws Restojet only (De Engelbewaarder: "?"); nothing for the OCMW restaurant.
			expect(container.querySelectorAll('.aid-chart__bar')).toHaveLength(1);
			expect(container.querySelectorAll('.aid-meals-chart__unknown')).toHaveLength(1);
		});
	}

	// messages/widgets/<lang>.json, w_error_too_large with 5 for the maximum.
	const TOO_MANY: Record<Lang, RegExp> = {
		nl: /hoogstens 5\./,
		fr: /au maximum 5\./,
		en: /at most 5\./
	};
	for (const lang of LANGS) {
		it(`in ${lang}, six visits a week at a restaurant open Monday to Friday are refused, naming 5`, async () => {
			const user = userEvent.setup();
			const { container } = render(MealCostWidget, {
				props: { lang, date: DATE, initial: { mealsPerWeek: '6' } }
			});
			// A field's error shows once the field is left (Field.svelte): visit it and tab away.
			await user.click(container.querySelector('input[id$="-per-week"]') as HTMLInputElement);
			await user.tab();
			const error = container.querySelector('.aid-field__error')?.textContent ?? '';
			expect(error).toMatch(TOO_MANY[lang]);
			expect(figure(container)).toBe('');
		});
	}
});

describe('every result states its rules and where each figure comes from, in its own language', () => {
	const RULES: Record<Lang, string> = {
		nl: 'Berekend met de regels van 1 februari 2025',
		fr: 'Calculé avec les règles du 1 février 2025',
		en: 'Calculated with the rules of February 1, 2025'
	};
	const CHECKED: Record<Lang, string> = {
		nl: 'nagekeken op 2 december 2026',
		fr: 'vérifié le 2 décembre 2026',
		en: 'checked on December 2, 2026'
	};
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const WIDGETS: [string, Component<any>, Record<string, unknown>][] = [
		[
			'MealCostWidget',
			MealCostWidget,
			{ initial: { receivesLeefloon: false, monthlyNetIncome: '900' } }
		],
		['FoodPackageWidget', FoodPackageWidget, {}],
		['SavingsLoanWidget', SavingsLoanWidget, {}]
	];
	/** The English titles of the pages we cite, where they differ from the other languages'. */
	const english = Object.entries(WORDS.en!.references)
		.filter(([key, title]) => title !== WORDS.nl!.references[key])
		.map(([, title]) => title);

	for (const [name, widget, props] of WIDGETS) {
		for (const lang of LANGS) {
			it(`${name} in ${lang}: the rules version and each figure's check date`, () => {
				const { container } = render(widget, { props: { lang, date: DATE, ...props } });
				const all = text(container);
				expect(all).toContain(RULES[lang]);
				expect(all).toContain(CHECKED[lang]);
			});
		}
		for (const lang of ['nl', 'fr'] as Lang[]) {
			it(`${name} in ${lang}: no English reference title`, () => {
				const { container } = render(widget, { props: { lang, date: DATE, ...props } });
				const all = text(container);
				expect(english.length).toBeGreaterThan(3);
				for (const title of english) expect(all).not.toContain(title);
				expect(all).not.toMatch(/Eurostat: Glossary|social rights database|\balso\b/);
				// And the titles in the page's own language are there instead.
				const own = Object.values(WORDS[lang]!.references).map((t) => t.replace(/\s+/g, ' '));
				expect(own.some((title) => all.includes(title))).toBe(true);
			});
		}
	}
});

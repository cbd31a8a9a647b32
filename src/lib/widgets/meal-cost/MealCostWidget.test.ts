import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MealCostResult } from '../../calc/meal-cost';
import MealCostWidget from './MealCostWidget.svelte';

// A fixed date: the leefloon of 1 February 2025 applies (single: € 1.314,20).
const DATE = '2025-06-01';

function figure() {
	return document.querySelector('.aid-result__figure')?.textContent?.trim();
}
function meaning() {
	return document.querySelector('.aid-result__meaning')?.textContent?.trim() ?? '';
}
/** Intl writes a narrow no-break space in some amounts; compare with plain spaces. */
const plain = (text: string | undefined) => text?.replace(/\s/g, ' ').replace(/\u00ad/g, '');

describe('MealCostWidget', () => {
	it('starts with one adult on the leefloon, five visits a week at the OCMW restaurant', () => {
		render(MealCostWidget, { props: { lang: 'nl', date: DATE } });
		// 5 a week × 52 ÷ 12 = 21,67 → 22 visits × € 1,50.
		expect(plain(figure())).toBe('€ 33,00');
		expect(meaning()).toContain('22 keer');
		expect(meaning()).toContain('U krijgt een leefloon, dus u mag er eten.');
		expect(screen.getByText('Dat is ongeveer 22 keer per maand.')).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'Sociaal restaurant van het OCMW' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Ja' })).toBeChecked();
		expect(screen.getByLabelText('Persoon 1: leeftijd')).toHaveValue('35');
	});

	it('updates the result as the user types an age and the meals a week', async () => {
		const user = userEvent.setup();
		render(MealCostWidget, { props: { lang: 'en', date: DATE } });
		const age = screen.getByLabelText('Person 1: age');
		await user.clear(age);
		await user.type(age, '8');
		// A child under 12: € 1.00 × 22.
		expect(plain(figure())).toBe('€22.00');
		const perWeek = screen.getByLabelText('How many times a week do you go and eat?');
		await user.clear(perWeek);
		await user.type(perWeek, '3');
		// 3 × 52 ÷ 12 = 13.
		expect(plain(figure())).toBe('€13.00');
		expect(meaning()).toBe(
			'At the OCMW social restaurant, your household pays €13.00 a month for 13 visits. OCMW social restaurant: for people who receive the leefloon. You receive it, so you can eat there.'
		);
	});

	it('shows the price of one visit when the meals a week are left empty', async () => {
		const user = userEvent.setup();
		render(MealCostWidget, { props: { lang: 'en', date: DATE, initial: { venue: 'restojet' } } });
		await user.clear(screen.getByLabelText('How many times a week do you go and eat?'));
		expect(plain(figure())).toBe('€3.00');
		expect(meaning()).toBe(
			'At Restojet, your household pays €3.00 each time you eat there. Restojet is open to everyone.'
		);
		expect(
			screen.getByRole('img', { name: 'What your household pays a visit at each restaurant' })
		).toBeVisible();
	});

	it('shows the message next to an invalid age and keeps what was typed', async () => {
		const user = userEvent.setup();
		render(MealCostWidget, { props: { lang: 'fr', date: DATE } });
		const age = screen.getByLabelText('Personne 1 : âge');
		await user.clear(age);
		await user.type(age, '8,5');
		expect(age).toHaveValue('8,5');
		await user.tab(); // a field's error shows once it is left
		expect(age).toHaveAttribute('aria-invalid', 'true');
		const error = document.getElementById(
			age
				.getAttribute('aria-describedby')!
				.split(' ')
				.find((id) => id.endsWith('-error'))!
		);
		expect(error).toHaveTextContent('Tapez un nombre entier, sans virgule.');
		// The last result stays in place, greyed, with what to do.
		expect(document.querySelector('.aid-result')).toHaveClass('aid-result--stale');
		expect(screen.getByText(/Complétez ou corrigez les champs ci-dessus/)).toBeInTheDocument();

		await user.clear(age);
		await user.type(age, '130');
		expect(age).toHaveAccessibleDescription(/au maximum 120/);
	});

	it('accepts a decimal comma in the income and compares it with the leefloon', async () => {
		const user = userEvent.setup();
		render(MealCostWidget, { props: { lang: 'nl', date: DATE } });
		await user.click(screen.getByRole('radio', { name: 'Nee' }));
		expect(screen.getByRole('radio', { name: 'Alleen' })).toBeChecked();
		const income = screen.getByLabelText('Uw netto-inkomen');
		expect(income).toHaveAccessibleDescription(
			/het leefloon in deze situatie is €\s1\.314,20 per maand\./
		);
		await user.type(income, '1314,20');
		expect(meaning()).toContain('Uw inkomen is gelijk aan het leefloon: u kunt een uitzondering');
		await user.clear(income);
		await user.type(income, '1314,21');
		expect(meaning()).toContain('waarschijnlijk niet voor u. Vraag het aan de sociale dienst.');
		expect(income).toHaveValue('1314,21');
		await user.clear(income);
		await user.type(income, 'veel');
		await user.tab(); // a field's error shows once it is left
		expect(income).toHaveAccessibleDescription(/Typ een bedrag in euro, bijvoorbeeld 2,50/);
		expect(income).toHaveValue('veel');
	});

	it('adds a person with focus on the new age, and removes one by name', async () => {
		const user = userEvent.setup();
		render(MealCostWidget, { props: { lang: 'en', date: DATE } });
		expect(screen.queryByRole('button', { name: /Remove person/ })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Add a person' }));
		const second = screen.getByLabelText('Person 2: age');
		expect(second).toHaveFocus();
		await user.type(second, '6');
		// 22 × (€ 1.50 + € 1.00)
		expect(plain(figure())).toBe('€55.00');
		await user.click(screen.getByRole('button', { name: 'Remove person 1' }));
		expect(screen.getByLabelText('Person 1: age')).toHaveValue('6');
		expect(screen.getByLabelText('Person 1: age')).toHaveFocus();
		expect(screen.queryByRole('button', { name: /Remove person/ })).toBeNull();
		expect(plain(figure())).toBe('€22.00');
	});

	it('says De Engelbewaarder has no known price, in the figure and the chart', async () => {
		const user = userEvent.setup();
		render(MealCostWidget, { props: { lang: 'en', date: DATE } });
		await user.click(screen.getByRole('radio', { name: 'De Engelbewaarder' }));
		// Open every Saturday and some Sundays: five visits a week are more than it is open.
		const perWeek = screen.getByLabelText('How many times a week do you go and eat?');
		// The field's error shows once it is left (Field.svelte): visit it and tab away.
		await user.click(perWeek);
		await user.tab();
		expect(perWeek).toHaveAccessibleDescription(/This is too high: at most 2\./);
		await user.clear(perWeek);
		await user.type(perWeek, '1');
		expect(figure()).toBe('Price not known');
		expect(meaning()).toBe(
			'The source gives no price for De Engelbewaarder: please ask there. The source does not say who may eat at De Engelbewaarder: ask there.'
		);
		const table = screen.getByRole('table');
		const rows = within(table).getAllByRole('row');
		// 1 × 52 ÷ 12 = 4.33 → 4 visits: € 6.00 at the OCMW restaurant, € 12.00 at Restojet.
		expect(rows.map((row) => plain(row.textContent ?? ''))).toEqual([
			'RestaurantCost a monthWho may eat there',
			'OCMW€6.00Leefloon only: you can go',
			'Restojet€12.00Open to everyone',
			'De EngelbewaarderPrice not known: askAsk there'
		]);
		expect(screen.getByRole('img', { name: /pays a month at each restaurant/ })).toBeVisible();
		expect(screen.getByRole('heading', { name: /De Engelbewaarder/ })).toBeVisible();
		expect(screen.getByText('Saturday from 9:00 to 15:30')).toBeVisible();
	});

	// English text writes a decimal point ("8.67", "€22.50"): Intl's 'en-BE' would write "8,67".
	it.each([
		['nl', '€ 22,50', '2 keer per week × 52 weken ÷ 12 maanden = 8,67 keer per maand'],
		['fr', '22,50 €', '2 fois par semaine × 52 semaines ÷ 12 mois = 8,67 fois par mois'],
		['en', '€22.50', '2 times a week × 52 weeks ÷ 12 months = 8.67 times a month']
	] as const)('writes numbers and money as %s does', (lang, money, weeks) => {
		render(MealCostWidget, {
			props: { lang, date: DATE, initial: { ages: ['40', '8'], mealsPerWeek: '2' } }
		});
		expect(plain(figure())).toBe(money);
		const first = document.querySelector('.aid-explain__steps li')?.textContent ?? '';
		expect(plain(first)).toContain(weeks);
	});

	it('explains the steps and every figure with its source', async () => {
		const user = userEvent.setup();
		render(MealCostWidget, {
			props: { lang: 'en', date: DATE, initial: { ages: ['40', '8'], mealsPerWeek: '2' } }
		});
		await user.click(screen.getByText('How is this calculated?'));
		const steps = document.querySelectorAll('.aid-explain__steps li');
		const words = [...steps].map((li) => plain(li.textContent ?? ''));
		const rules = document.querySelector('.aid-explain__rules')?.textContent ?? '';
		expect(rules).toBe(
			'Calculated with the rules of February 1, 2025 (the newest date in our data).'
		);
		expect(words[0]).toBe(
			'2 times a week × 52 weeks ÷ 12 months = 8.67 times a month, rounded to the nearest whole number: 9.'
		);
		expect(words.slice(1)).toEqual([
			'You receive the leefloon, so you may eat at the OCMW restaurant.',
			'People aged 12 or over: 1 × €1.50 = €1.50',
			'Children under 12: 1 × €1.00 = €1.00',
			'One visit for the whole household: €2.50',
			'€2.50 × 9 visits a month = €22.50'
		]);
		const sources = document.querySelector('.aid-explain__sources')!.textContent ?? '';
		expect(sources).toContain('OCMW restaurant: a meal for an adult');
		expect(sources).toContain('Restojet: a meal');
		expect(sources).toContain('Not known: ask the service');
		expect(sources).toContain('12 years');
		expect(sources).toContain('Materiële hulp › Het sociaal restaurant van het OCMW');
		expect(plain(sources)?.replace(/ +/g, ' ')).toContain(
			'OCMW restaurant: a meal for an adult: €1.50OCMW restaurant: a meal for a child: €1.00OCMW restaurant: the child price is for children younger than: 12 years (as published, with no date; from Municipality of Jette, ‘Sociale steun’ page (social help, in Dutch), section ‘Materiële hulp › Het sociaal restaurant van het OCMW’; checked on December 2, 2026)'
		);
		expect(plain(sources)?.replace(/ +/g, ' ')).toContain(
			'OCMW restaurant: days open a week: 5 days'
		);
	});

	it('prices the page gives without a date apply on any date; the leefloon only from 1 May 2024', () => {
		render(MealCostWidget, { props: { lang: 'fr', date: '2020-01-01' } });
		expect(plain(figure())).toBe('33,00 €');
		document.body.innerHTML = '';
		render(MealCostWidget, {
			props: {
				lang: 'fr',
				date: '2024-04-30',
				initial: { receivesLeefloon: false, monthlyNetIncome: '900' }
			}
		});
		expect(figure()).toBeUndefined();
		expect(screen.getByRole('status')).toHaveTextContent(
			"Nous n'avons pas de montant pour cette date. Choisissez une date à partir du 1 mai 2024."
		);
	});

	it('calls onresult with each new result, and null while a field is wrong', async () => {
		const user = userEvent.setup();
		const onresult = vi.fn<(result: MealCostResult | null) => void>();
		render(MealCostWidget, { props: { lang: 'en', date: DATE, onresult } });
		expect(onresult).toHaveBeenLastCalledWith(
			expect.objectContaining({ venue: 'ocmw', perMonth: '33.00', access: 'eligible' })
		);
		await user.clear(screen.getByLabelText('Person 1: age'));
		expect(onresult).toHaveBeenLastCalledWith(null);
	});

	it('gives two copies on one page different ids', () => {
		render(MealCostWidget, { props: { lang: 'en', date: DATE } });
		render(MealCostWidget, { props: { lang: 'en', date: DATE } });
		const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

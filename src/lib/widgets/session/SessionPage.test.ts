import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { computations } from './figures';
import SessionPage from './SessionPage.svelte';

// Each keystroke recomputes every calculator and the finder: allow for a slow, shared machine.
const SLOW = 30_000;

function figures() {
	return document.querySelector('.aid-session__figures') as HTMLElement;
}
/** The food package's section of the monthly picture. */
function foodSection() {
	return screen.getByRole('heading', { name: 'Food package' }).parentElement as HTMLElement;
}

describe('SessionPage', () => {
	it(
		'a person added and an age typed update every figure',
		async () => {
			const user = userEvent.setup();
			render(SessionPage, { props: { lang: 'en' } });
			await user.click(screen.getByRole('button', { name: 'Add a person' }));
			const age = screen.getByLabelText('Age of person 2');
			expect(age).toHaveFocus();
			await user.clear(age);
			await user.type(age, '8');
			expect(age).toHaveValue('8');
			// The food package's own wording: a child counts as such under 14 (modified OECD scale),
			// 1 + 0.3 = 1.3 times what one adult alone needs.
			expect(foodSection().querySelector('.aid-result__figure')).toHaveTextContent(
				/^2 persons, including 1 child under 14$/
			);
			expect(foodSection()).toHaveTextContent('about 1.3 times what one adult living alone needs');
			// Restojet, 3 € a meal: two people.
			expect(figures()).toHaveTextContent('One visit costs €6.00 for the whole household.');

			await user.click(screen.getByRole('button', { name: 'Remove person 2' }));
			expect(screen.queryByLabelText('Age of person 2')).toBeNull();
			expect(screen.getByLabelText('Age of person 1 (the person you are meeting)')).toHaveFocus();
			expect(foodSection().querySelector('.aid-result__figure')).toHaveTextContent(/^1 person$/);
		},
		SLOW
	);

	it(
		'an impossible age shows its message beside the field and keeps what was typed',
		async () => {
			const user = userEvent.setup();
			render(SessionPage, { props: { lang: 'nl' } });
			const age = screen.getByLabelText('Leeftijd van persoon 1 (de persoon met wie u praat)');
			await user.clear(age);
			await user.type(age, '130');
			expect(age).toHaveValue('130');
			await user.tab(); // a field's error shows once it is left
			expect(age).toHaveAttribute('aria-invalid', 'true');
			const message = document.getElementById(
				age.getAttribute('aria-describedby')!.split(' ').at(-1)!
			);
			expect(message).toHaveTextContent('Dit is te hoog: hoogstens 120.');
			expect(figures()).toHaveTextContent('Vul de velden hierboven aan of verbeter ze');
		},
		SLOW
	);

	it(
		'an income with a decimal comma, beside the leefloon of its category',
		async () => {
			const user = userEvent.setup();
			render(SessionPage, { props: { lang: 'en' } });
			const leefloon = screen.getByRole('group', { name: /receive the leefloon/ });
			await user.click(within(leefloon).getByLabelText('No'));
			const income = screen.getByLabelText('Net income of the household per month');
			await user.type(income, '1200,50');
			expect(income).toHaveValue('1200,50');
			expect(figures()).toHaveTextContent('Income of the household: €1,200.50 a month.');
			expect(figures()).toHaveTextContent(/Leefloon for “Lives alone”: €1,\d{3}\.\d{2} a month\./);
			// Each source once, at the end of the section; the figure refers to its number.
			const leefloonCard = screen.getByRole('heading', { name: 'Leefloon and income' })
				.parentElement as HTMLElement;
			expect(leefloonCard).toHaveTextContent(/Source: 1\.$/);
			const sources = document.querySelector('.aid-session__picture .aid-session__sources')!;
			// Source 1 is the leefloon's page, with the date its amounts took effect and when checked.
			expect(sources.children[0]).toHaveTextContent(
				/^Source: Brussels social rights database \(BDAS-WWSB\), page on the amount of the leefloon .*\(in force from .+; checked on .+\)\.$/
			);
			const lines = [...sources.children].map((li) => li.textContent);
			expect(new Set(lines).size).toBe(lines.length);
		},
		SLOW
	);

	it(
		'the summary speaks the resident’s language and says the figures are estimates',
		async () => {
			const user = userEvent.setup();
			render(SessionPage, { props: { lang: 'en' } });
			await user.selectOptions(
				screen.getByLabelText('Language of the summary for the resident'),
				'fr'
			);
			const summary = document.querySelector('.aid-session__summary') as HTMLElement;
			expect(summary).toHaveAttribute('lang', 'fr');
			expect(summary).toHaveTextContent('Ce sont des estimations, pas des décisions d’un service.');
			expect(summary).toHaveTextContent('Services à contacter');
			// The page itself still speaks the worker's language.
			expect(screen.getByRole('heading', { name: 'The monthly picture' })).toBeInTheDocument();
		},
		SLOW
	);

	it(
		'ticking a next step counts it as done',
		async () => {
			const user = userEvent.setup();
			render(SessionPage, { props: { lang: 'en' } });
			const steps = document.querySelector('.aid-session__next') as HTMLElement;
			// The steps are for the needs the household states (no need, no step): state one.
			await user.click(within(steps).getByRole('checkbox', { name: /A hot meal/ }));
			const progress = steps.querySelector('.aid-session__progress')!;
			expect(progress).toHaveTextContent(/^0 of \d+ done$/);
			const [first] = within(
				steps.querySelector('.aid-session__steps') as HTMLElement
			).getAllByRole('checkbox');
			await user.click(first!);
			expect(first).toBeChecked();
			expect(progress).toHaveTextContent(/^1 of \d+ done$/);
		},
		SLOW
	);

	it(
		'with 10 people, typing one age recomputes that person’s figure and the household’s, no other',
		async () => {
			const user = userEvent.setup();
			render(SessionPage, { props: { lang: 'en' } });
			const add = screen.getByRole('button', { name: 'Add a person' });
			for (let n = 2; n <= 10; n += 1) await user.click(add);
			// The OCMW restaurant has a children's price (under 12): 1.00 €, adults 1.50 €.
			await user.click(screen.getByLabelText('OCMW social restaurant'));
			const rows = [...document.querySelectorAll('[data-member-figure]')];
			expect(rows).toHaveLength(10);
			expect(rows[4]).toHaveTextContent(/^A meal at OCMW social restaurant: €1\.50\.$/);

			// How often each figure is computed from here on, and which rows the page redraws.
			const before = new Map(computations);
			const since = (name: string) => (computations.get(name) ?? 0) - (before.get(name) ?? 0);
			const redrawn = new Set<Element>();
			const note = (records: MutationRecord[]) => {
				for (const record of records) {
					for (const row of rows) if (row.contains(record.target)) redrawn.add(row);
				}
			};
			const observer = new MutationObserver(note);
			observer.observe(document.body, { subtree: true, childList: true, characterData: true });

			const age5 = screen.getByLabelText('Age of person 5');
			await user.clear(age5);
			await user.type(age5, '7');
			note(observer.takeRecords());
			observer.disconnect();

			// Clearing the field leaves the household as it was (a draft); "7" is one change.
			expect(since('member-meal')).toBe(1);
			expect(since('meals')).toBe(1);
			expect(since('food')).toBe(1);
			// The household now has a child: the finder's "has children" changed, so it reran once.
			expect(since('finder')).toBe(1);
			// The savings and the leefloon do not depend on ages: not recomputed at all.
			expect(since('savings')).toBe(0);
			expect(since('leefloon')).toBe(0);
			// Only person 5's figure was redrawn.
			expect([...redrawn]).toEqual([rows[4]]);
			expect(rows[4]).toHaveTextContent(
				'A meal at OCMW social restaurant: €1.00, the children’s price.'
			);
			expect(rows[3]).toHaveTextContent(/^A meal at OCMW social restaurant: €1\.50\.$/);
		},
		SLOW
	);

	it(
		'a Dutch page writes amounts the Dutch way, in fields and figures',
		async () => {
			const user = userEvent.setup();
			render(SessionPage, { props: { lang: 'nl' } });
			const saving = screen.getByLabelText('Bedrag dat elke maand gespaard wordt');
			expect(saving).toHaveValue('2,50');
			expect(figures()).toHaveTextContent('€ 2,50');
			expect(figures()).not.toHaveTextContent('2.50');
			await user.clear(saving);
			await user.type(saving, '12,5');
			expect(saving).toHaveValue('12,5');
			expect(figures()).toHaveTextContent('€ 12,50');
		},
		SLOW
	);

	it(
		'meals are asked per week and counted per month by the calculators’ rule',
		async () => {
			const user = userEvent.setup();
			render(SessionPage, { props: { lang: 'en' } });
			const perWeek = screen.getByLabelText('Visits a week');
			await user.clear(perWeek);
			await user.type(perWeek, '5');
			// 5 a week × 52 ÷ 12 = 21.67 → 22 visits of €3.00 at Restojet = €66.00.
			expect(figures()).toHaveTextContent(
				'€66.00 a month at Restojet: 22 visits of €3.00 for the whole household.'
			);
			await user.clear(perWeek);
			await user.type(perWeek, '8');
			// The message shows once the field is left.
			await user.tab();
			expect(perWeek).toHaveAttribute('aria-invalid', 'true');
			await user.clear(perWeek);
			await user.type(perWeek, '1,5');
			// 1.5 × 52 ÷ 12 = 6.5 → 7 (half up).
			expect(figures()).toHaveTextContent('€21.00 a month at Restojet: 7 visits');
		},
		SLOW
	);
});

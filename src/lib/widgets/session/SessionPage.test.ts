import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SessionPage from './SessionPage.svelte';

// Each keystroke recomputes every calculator and the finder: allow for a slow, shared machine.
const SLOW = 30_000;

function figures() {
	return document.querySelector('.aid-session__figures') as HTMLElement;
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
			// The food package as the source states it: persons, children, the scale; no size.
			expect(figures()).toHaveTextContent('2 persons, including 1 child under 14');
			expect(figures()).toHaveTextContent('about 1.3 times what one adult living alone needs');
			// Restojet, 3 € a meal: two people.
			expect(figures()).toHaveTextContent('One visit costs €6.00 for the whole household.');

			await user.click(screen.getByRole('button', { name: 'Remove person 2' }));
			expect(screen.queryByLabelText('Age of person 2')).toBeNull();
			expect(screen.getByLabelText('Age of person 1 (the person you are meeting)')).toHaveFocus();
			expect(figures()).toHaveTextContent('about 1.0 times what one adult living alone needs');
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
			expect(figures()).toHaveTextContent('Verbeter eerst');
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
			expect(figures()).toHaveTextContent(/Source: .*in force from February 1, 2025; checked on/);
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
			// No need chosen yet: no steps. The steps are for the needs chosen, 8 at most.
			expect(steps.querySelector('.aid-session__progress')).toBeNull();
			await user.click(within(steps).getByRole('checkbox', { name: 'Food and food parcels' }));
			await user.click(within(steps).getByRole('checkbox', { name: 'Money and income' }));
			const progress = steps.querySelector('.aid-session__progress')!;
			expect(progress).toHaveTextContent(/^0 of [1-8] done$/);
			const list = steps.querySelector('.aid-session__steps') as HTMLElement;
			const [first] = within(list).getAllByRole('checkbox');
			await user.click(first!);
			expect(first).toBeChecked();
			expect(progress).toHaveTextContent(/^1 of [1-8] done$/);
		},
		SLOW
	);
});

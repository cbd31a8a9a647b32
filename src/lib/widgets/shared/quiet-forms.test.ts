import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAXIMUM_MEMBERS } from '../../calc/food-package';
import FoodPackageWidget from '../food-package/FoodPackageWidget.svelte';
import MealCostWidget from '../meal-cost/MealCostWidget.svelte';
import SavingsLoanWidget from '../savings-loan/SavingsLoanWidget.svelte';

/* Issue 15, "Forms that do not shout": the shared Field, ResultPanel and HouseholdEditor. */

const DATE = '2026-06-01';
const errors = () => document.querySelectorAll('.aid-field__error');
const result = () => document.querySelector('section.aid-result')!;

describe('a field shows its error only once it has been left', () => {
	it('choosing "No" for the leefloon shows the empty income field without an error', async () => {
		const user = userEvent.setup();
		render(MealCostWidget, { props: { lang: 'en', date: DATE } });
		const before = document.querySelector('.aid-result__figure')?.textContent;
		expect(before).toBeTruthy();
		await user.click(screen.getByRole('radio', { name: 'No' }));
		const income = screen.getByLabelText('Your net income');
		expect(income).toHaveValue('');
		expect(errors()).toHaveLength(0);
		expect(income).not.toHaveAttribute('aria-invalid');
		// The result stays where it was, greyed, and says what to do.
		expect(result()).toHaveClass('aid-result--stale');
		expect(document.querySelector('.aid-result__figure')?.textContent).toBe(before);
		expect(result()).toHaveTextContent('Complete or correct the fields above to see the result.');

		// Leaving the field empty is when it asks to be filled in.
		income.focus();
		await user.tab();
		expect(income).toHaveAttribute('aria-invalid', 'true');
		expect(errors()).toHaveLength(1);

		// Once filled in, the error goes and the result is current again.
		await user.type(income, '900');
		expect(errors()).toHaveLength(0);
		expect(result()).not.toHaveClass('aid-result--stale');
	});

	it('"add a person" focuses an empty age without an error', async () => {
		const user = userEvent.setup();
		render(FoodPackageWidget, { props: { lang: 'en', date: DATE } });
		await user.click(screen.getByRole('button', { name: /Add a person/ }));
		expect(document.activeElement).toHaveValue('');
		expect(errors()).toHaveLength(0);
		await user.tab();
		expect(errors()).toHaveLength(1);
	});

	it('Enter in a field shows its error, as sending the form would', async () => {
		const user = userEvent.setup();
		render(SavingsLoanWidget, { props: { lang: 'en', date: DATE } });
		const amount = screen.getByLabelText('How much do you save each month?');
		await user.clear(amount);
		await user.type(amount, 'abc');
		expect(errors()).toHaveLength(0);
		await user.type(amount, '{Enter}');
		expect(amount).toHaveAttribute('aria-invalid', 'true');
	});
});

describe('the add-person button stops at the limit and says why', () => {
	it(`at ${MAXIMUM_MEMBERS} persons it is disabled, with the reason beside it`, async () => {
		const user = userEvent.setup();
		const ages = Array.from({ length: MAXIMUM_MEMBERS - 1 }, () => '30');
		render(FoodPackageWidget, { props: { lang: 'en', date: DATE, initial: { ages } } });
		const add = screen.getByRole('button', { name: /Add a person/ });
		expect(add).toBeEnabled();
		await user.click(add);
		expect(document.querySelectorAll('input[id*="-age-"]')).toHaveLength(30);
		expect(add).toBeDisabled();
		expect(add).toHaveAccessibleDescription(
			'This household has 30 persons: that is as many as this calculator takes.'
		);
		await user.click(add);
		expect(document.querySelectorAll('input[id*="-age-"]')).toHaveLength(30);
		// Removing one person frees the button again.
		await user.click(screen.getByRole('button', { name: 'Remove person 30' }));
		expect(add).toBeEnabled();
	});
});

describe('the savings headline answers the question', () => {
	it.each([
		['en', { monthlyAmount: '2.50', months: '8' }, 'In 4 months you can borrow €60.00.'],
		['en', { monthlyAmount: '2.50', months: '11' }, 'In 1 month you can borrow €60.00.'],
		['en', { monthlyAmount: '5', months: '12' }, 'You can borrow €120.00 now.'],
		['en', { monthlyAmount: '2', months: '12' }, 'You cannot borrow yet.'],
		['nl', { monthlyAmount: '2,50', months: '8' }, 'Over 4 maanden kunt u € 60,00 lenen.'],
		['fr', { monthlyAmount: '2,50', months: '8' }, 'Dans 4 mois, vous pourrez emprunter 60,00 €.']
	] as const)('%s, %o: %s', (lang, initial, headline) => {
		render(SavingsLoanWidget, { props: { lang, date: DATE, initial } });
		const text = document.querySelector('.aid-result__figure')?.textContent?.trim();
		// Intl writes a (narrow) no-break space in some amounts; compare with plain spaces.
		expect(text?.replace(/\s/g, ' ')).toBe(headline);
	});
});

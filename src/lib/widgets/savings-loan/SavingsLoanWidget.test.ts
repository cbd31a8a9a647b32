import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SavingsLoanResult } from '../../calc/savings-loan';
import type { SavingsPlanResult } from '../../calc/savings-plan';
import SavingsLoanWidget from './SavingsLoanWidget.svelte';

const date = '2025-06-01';
// Intl writes a no-break space between the euro sign and the amount; the text matchers of
// testing-library treat it as a space.

function resultPanel() {
	return screen.getByRole('status');
}

/** The headline: the large figure of the result. */
function figure() {
	return document.querySelector('.aid-result__figure');
}

describe('SavingsLoanWidget, "What can I borrow?"', () => {
	it('starts at 2,50 € a month for 12 months: € 60,00 without interest', () => {
		render(SavingsLoanWidget, { props: { lang: 'nl', date } });
		expect(screen.getByLabelText('Hoeveel spaart u elke maand?')).toHaveValue('2,50');
		expect(screen.getByLabelText('Hoeveel maanden?')).toHaveValue('12');
		expect(resultPanel()).toHaveTextContent('€ 60,00');
		expect(resultPanel()).toHaveTextContent(
			'Als u 12 maanden lang € 2,50 per maand spaart, kunt u € 60,00 lenen zonder intrest.'
		);
	});

	it('a date before the first amounts says from which date the widget can count', () => {
		render(SavingsLoanWidget, { props: { lang: 'nl', date: '2023-06-01' } });
		expect(resultPanel()).toHaveTextContent(
			'Voor deze datum hebben we geen bedrag. Kies een datum vanaf 1 januari 2024.'
		);
	});

	it('typing a decimal comma changes the result', async () => {
		const user = userEvent.setup();
		render(SavingsLoanWidget, { props: { lang: 'nl', date } });
		const amount = screen.getByLabelText('Hoeveel spaart u elke maand?');
		await user.clear(amount);
		await user.type(amount, '5,25');
		const months = screen.getByLabelText('Hoeveel maanden?');
		await user.clear(months);
		await user.type(months, '18');
		// 5,25 × 18 = 94,50 saved; twice that is 189,00.
		expect(resultPanel()).toHaveTextContent('€ 189,00');
		expect(screen.getByText('U hebt dan € 94,50 gespaard.')).toBeInTheDocument();
	});

	it('a decimal point works as well, in French', async () => {
		const user = userEvent.setup();
		render(SavingsLoanWidget, { props: { lang: 'fr', date } });
		const amount = screen.getByLabelText('Combien épargnez-vous chaque mois ?');
		expect(amount).toHaveValue('2,50');
		await user.clear(amount);
		await user.type(amount, '3.00');
		expect(resultPanel()).toHaveTextContent(/72,00\s€/);
		expect(resultPanel()).toHaveTextContent(/Si vous épargnez 3,00\s€ par mois pendant 12 mois/);
	});

	it('before 12 months: how many months are left, and what can be borrowed then', async () => {
		const user = userEvent.setup();
		render(SavingsLoanWidget, { props: { lang: 'en', date, initial: { months: '9' } } });
		// The headline answers the question (issue 15), never a bare "€0.00" while still saving.
		expect(resultPanel()).not.toHaveTextContent('€0.00');
		expect(figure()).toHaveTextContent('In 3 months you can borrow €60.00.');
		expect(resultPanel()).toHaveTextContent('So far you have saved €22.50.');
		const months = screen.getByLabelText('For how many months?');
		await user.clear(months);
		await user.type(months, '11');
		expect(figure()).toHaveTextContent('In 1 month you can borrow €60.00.');
	});

	it('below the minimum: the group asks at least 2,50 € a month', async () => {
		const user = userEvent.setup();
		render(SavingsLoanWidget, { props: { lang: 'en', date } });
		const amount = screen.getByLabelText('How much do you save each month?');
		await user.clear(amount);
		await user.type(amount, '2');
		expect(resultPanel()).toHaveTextContent('The group asks at least €2.50 a month.');
		expect(screen.getByText(/Loans are only for small sums/)).toBeInTheDocument();
	});

	it('an invalid amount shows the message next to the field and keeps what was typed', async () => {
		const user = userEvent.setup();
		render(SavingsLoanWidget, { props: { lang: 'nl', date } });
		const amount = screen.getByLabelText('Hoeveel spaart u elke maand?');
		await user.clear(amount);
		await user.type(amount, '2,5a');
		expect(amount).toHaveValue('2,5a');
		// Not while typing: once the field is left.
		expect(amount).not.toHaveAttribute('aria-invalid');
		await user.tab();
		expect(amount).toHaveAttribute('aria-invalid', 'true');
		const describedBy = amount.getAttribute('aria-describedby')!.split(' ');
		const error = document.getElementById(describedBy.at(-1)!)!;
		expect(error).toHaveTextContent('Typ een bedrag in euro, bijvoorbeeld 2,50.');
		// The last result stays, greyed, with what to do.
		expect(resultPanel().closest('section')).toHaveClass('aid-result--stale');
		expect(figure()).toHaveTextContent('U kunt nu € 60,00 lenen.');
		expect(resultPanel()).toHaveTextContent(
			'Vul de velden hierboven aan of verbeter ze om het resultaat te zien.'
		);
	});

	it('months must be a whole number; an empty field asks to fill it in', async () => {
		const user = userEvent.setup();
		render(SavingsLoanWidget, { props: { lang: 'fr', date } });
		const months = screen.getByLabelText('Pendant combien de mois ?');
		await user.clear(months);
		await user.tab();
		expect(months).toHaveAccessibleDescription(/Veuillez remplir ce champ|Remplissez/);
		await user.type(months, '12,5');
		expect(months).toHaveValue('12,5');
		expect(months).toHaveAccessibleDescription(/nombre entier/);
	});

	it('the explanation lists the steps and every parameter with its source', async () => {
		const user = userEvent.setup();
		render(SavingsLoanWidget, { props: { lang: 'en', date } });
		await user.click(screen.getByText('How is this calculated?'));
		const details = document.querySelector('details.aid-explain')!;
		expect(details).toHaveAttribute('open');
		const items = within(details as HTMLElement)
			.getAllByRole('listitem')
			.map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
		expect(items).toEqual(
			expect.arrayContaining([
				'You save €2.50 a month for 12 months: €2.50 × 12 = €30.00.',
				'€2.50 a month is at least the minimum of €2.50: that is fine.',
				'12 months is at least the required 12 months: that is fine.',
				'You can borrow 2 times what you saved: €30.00 × 2 = €60.00.'
			])
		);
		const sources = items.filter((text) => text?.includes('applies from'));
		expect(sources).toHaveLength(4);
		expect(sources.join('\n')).toMatch(/Smallest amount to save each month: €2\.50/);
		expect(sources.join('\n')).toMatch(/Largest loan: Not known: ask the service/);
		expect(sources.join('\n')).toMatch(/Jetse lening- en spaarvereniging/);
	});

	it('calls onresult with the calculator result, and null while the input is invalid', async () => {
		const user = userEvent.setup();
		const onresult = vi.fn<(result: SavingsLoanResult | SavingsPlanResult | null) => void>();
		render(SavingsLoanWidget, { props: { lang: 'en', date, onresult } });
		expect(onresult).toHaveBeenLastCalledWith(
			expect.objectContaining({ eligible: true, totalSaved: '30.00', loanCapacity: '60.00' })
		);
		const amount = screen.getByLabelText('How much do you save each month?');
		await user.clear(amount);
		expect(onresult).toHaveBeenLastCalledWith(null);
		await user.type(amount, '10');
		expect(onresult).toHaveBeenLastCalledWith(expect.objectContaining({ loanCapacity: '240.00' }));
	});

	it('draws 24 months with the loan month marked, and a table for screen readers', () => {
		render(SavingsLoanWidget, { props: { lang: 'en', date } });
		const chart = screen.getByRole('img');
		expect(chart.getAttribute('aria-label')).toContain(
			'From month 12 you can borrow: €60.00 at month 12, €120.00 at month 24.'
		);
		expect(chart.querySelectorAll('rect.aid-chart__bar')).toHaveLength(24);
		expect(chart).toHaveTextContent('Month 12: loan possible');
		const table = screen.getByRole('table');
		const rows = within(table).getAllByRole('row');
		expect(rows).toHaveLength(25);
		expect(rows[11]).toHaveTextContent(/^11€27\.50€0\.00$/);
		expect(rows[12]).toHaveTextContent(/^12€30\.00€60\.00$/);
		expect(rows[24]).toHaveTextContent(/^24€60\.00€120\.00$/);
	});

	it('shows the service with a tap-to-call number and says the hours are not in the source', () => {
		render(SavingsLoanWidget, { props: { lang: 'en', date } });
		const call = screen.getByRole('link', { name: '+32 2 428 90 56' });
		expect(call).toHaveAttribute('href', 'tel:+3224289056');
		expect(screen.getByText(/Henri Werriestraat/)).toBeInTheDocument();
		expect(screen.getByText('The hours are not in the source: call first.')).toBeInTheDocument();
	});
});

describe('SavingsLoanWidget, the planner', () => {
	it('switches mode with the keyboard and works out the months and the amount for one year', async () => {
		const user = userEvent.setup();
		const onresult = vi.fn<(result: SavingsLoanResult | SavingsPlanResult | null) => void>();
		render(SavingsLoanWidget, { props: { lang: 'en', date, onresult } });
		const calculate = screen.getByRole('radio', { name: 'What can I borrow?' });
		calculate.focus();
		await user.keyboard('{ArrowRight}');
		expect(screen.getByRole('radio', { name: 'I want to borrow an amount' })).toBeChecked();
		const target = screen.getByLabelText('How much do you want to borrow?');
		await user.clear(target);
		await user.type(target, '150');
		const monthly = screen.getByLabelText('How much can you save each month?');
		expect(monthly).toHaveValue('2.50');
		await user.clear(monthly);
		await user.type(monthly, '5');
		// 150 ÷ (2 × 5) = 15 months; in a year: 150 ÷ 24 = 6.25 a month.
		expect(resultPanel()).toHaveTextContent('15 months');
		expect(resultPanel()).toHaveTextContent(
			'Save €5.00 a month for 15 months, then you can borrow €150.00.'
		);
		expect(resultPanel().parentElement).toHaveTextContent(
			'To borrow €150.00 after one year, save €6.25 a month.'
		);
		expect(onresult).toHaveBeenLastCalledWith(
			expect.objectContaining({ monthsNeeded: 15, monthlyAmountFor12Months: '6.25' })
		);
	});

	it('without a monthly amount: how much a month to borrow after one year', async () => {
		const user = userEvent.setup();
		render(SavingsLoanWidget, {
			props: { lang: 'nl', date, initial: { mode: 'plan', targetLoan: '240', monthlyAmount: '' } }
		});
		expect(resultPanel()).toHaveTextContent('€ 10,00 per maand');
		expect(resultPanel()).toHaveTextContent(
			'Spaar een jaar lang € 10,00 per maand, dan kunt u € 240,00 lenen.'
		);
		const target = screen.getByLabelText('Hoeveel wilt u lenen?');
		await user.clear(target);
		await user.type(target, 'veel');
		expect(target).toHaveValue('veel');
		await user.tab();
		expect(target).toHaveAccessibleDescription(/Typ een bedrag in euro, bijvoorbeeld 2,50\./);
	});
});

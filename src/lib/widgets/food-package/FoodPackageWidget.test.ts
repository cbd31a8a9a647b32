import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FoodPackageResult } from '../../calc/food-package';
import FoodPackageWidget from './FoodPackageWidget.svelte';

const DATE = '2025-06-01';

function ageInputs(container: HTMLElement): HTMLInputElement[] {
	return [...container.querySelectorAll<HTMLInputElement>('.aid-meals-household input')];
}

describe('FoodPackageWidget', () => {
	it('starts with two adults and a child of 6 and shows their package', () => {
		const { container } = render(FoodPackageWidget, { props: { lang: 'en', date: DATE } });
		expect(ageInputs(container).map((input) => input.value)).toEqual(['35', '33', '6']);
		expect(container.querySelector('.aid-result__figure')).toHaveTextContent(/3 persons/);
		expect(container.querySelector('.aid-result__meaning')).toHaveTextContent(
			/2 adults and 1 child/
		);
	});

	it('takes its starting ages from `initial`', () => {
		const { container } = render(FoodPackageWidget, {
			props: { lang: 'en', date: DATE, initial: { ages: ['70'] } }
		});
		expect(ageInputs(container).map((input) => input.value)).toEqual(['70']);
		expect(container.querySelector('.aid-result__figure')).toHaveTextContent(/1 person\b/);
	});

	it('changes the result as the user types an age', async () => {
		const user = userEvent.setup();
		const { container } = render(FoodPackageWidget, { props: { lang: 'nl', date: DATE } });
		const [, , child] = ageInputs(container);
		await user.clear(child!);
		await user.type(child!, '1');
		expect(container.querySelector('.aid-result__meaning')).toHaveTextContent(
			/2 volwassenen en 1 baby of peuter/
		);
	});

	it('adds a person, moves focus to the new age, and removes a person', async () => {
		const user = userEvent.setup();
		const { container } = render(FoodPackageWidget, { props: { lang: 'fr', date: DATE } });
		await user.click(screen.getByRole('button', { name: /Ajouter une personne/ }));
		const inputs = ageInputs(container);
		expect(inputs).toHaveLength(4);
		expect(inputs[3]).toHaveFocus();
		await user.type(inputs[3]!, '12');
		expect(container.querySelector('.aid-result__figure')).toHaveTextContent(/4 personnes/);

		await user.click(screen.getByRole('button', { name: 'Retirer la personne 1' }));
		expect(ageInputs(container).map((input) => input.value)).toEqual(['33', '6', '12']);
		expect(container.querySelector('.aid-result__figure')).toHaveTextContent(/3 personnes/);
	});

	it('keeps at least one person: the last one has no remove button', async () => {
		const user = userEvent.setup();
		render(FoodPackageWidget, {
			props: { lang: 'en', date: DATE, initial: { ages: ['40', '8'] } }
		});
		await user.click(screen.getByRole('button', { name: 'Remove person 2' }));
		expect(screen.queryByRole('button', { name: /Remove person/ })).toBeNull();
	});

	it('shows a message next to an invalid age, keeps the input and withholds the result', async () => {
		const user = userEvent.setup();
		const onresult = vi.fn();
		const { container } = render(FoodPackageWidget, {
			props: { lang: 'en', date: DATE, onresult }
		});
		const [, second] = ageInputs(container);
		await user.clear(second!);
		await user.type(second!, '3,5');
		expect(second).toHaveValue('3,5');
		await user.tab(); // a field's error shows once it is left
		expect(second).toHaveAttribute('aria-invalid', 'true');
		const errorId = second!.getAttribute('aria-describedby');
		expect(errorId).toBeTruthy();
		expect(container.querySelector(`[id="${errorId}"]`)).toHaveTextContent(
			'Type a whole number, without decimals.'
		);
		// The last result stays in place, greyed: no result is reported.
		expect(container.querySelector('.aid-result')).toHaveClass('aid-result--stale');
		expect(onresult).toHaveBeenLastCalledWith(null);

		await user.clear(second!);
		await user.type(second!, '130');
		expect(
			container.querySelector(`[id="${second!.getAttribute('aria-describedby')}"]`)
		).toHaveTextContent('This is too high: at most 120.');
	});

	it('says an empty age must be filled in, in Dutch', async () => {
		const user = userEvent.setup();
		const { container } = render(FoodPackageWidget, { props: { lang: 'nl', date: DATE } });
		const [first] = ageInputs(container);
		await user.clear(first!);
		expect(container.querySelector('.aid-field__error')).toBeNull();
		await user.tab();
		expect(container.querySelector('.aid-field__error')).toHaveTextContent('Vul dit in.');
	});

	it('draws the household by age group with a text alternative', () => {
		const { container } = render(FoodPackageWidget, {
			props: { lang: 'en', date: DATE, initial: { ages: ['40', '38', '10', '2', '0'] } }
		});
		const picture = container.querySelector('.aid-food-picture')!;
		const img = within(picture as HTMLElement).getByRole('img');
		// Intl.ListFormat of 'en' puts a comma before "and" in a list of three.
		expect(img.getAttribute('aria-label')).toMatch(/2 adults, 1 child, and 2 babies or toddlers/);
		const rows = [...picture.querySelectorAll('tbody tr')].map((row) => row.textContent);
		expect(rows).toEqual([
			'Adults (18 or over)2',
			'Children (3 to 17)1',
			'Babies and toddlers (under 3)2'
		]);
		expect(picture.querySelectorAll('.aid-food-picture__person')).toHaveLength(5);
	});

	it('lists the steps and the figures used in the explanation', async () => {
		const user = userEvent.setup();
		const { container } = render(FoodPackageWidget, { props: { lang: 'en', date: DATE } });
		const details = container.querySelector('details')!;
		await user.click(within(details).getByText('How is this calculated?'));
		expect(details.open).toBe(true);
		const steps = [...details.querySelectorAll('.aid-explain__steps li')].map(
			(li) => li.textContent ?? ''
		);
		expect(steps.length).toBeGreaterThan(0);
		for (const step of steps) expect(step).not.toMatch(/[{}]|undefined|null/);
		expect(details.querySelectorAll('.aid-explain__sources li').length).toBeGreaterThan(0);
	});

	it('calls onresult with the calculator result', () => {
		const onresult = vi.fn();
		render(FoodPackageWidget, { props: { lang: 'en', date: DATE, onresult } });
		const result = onresult.mock.lastCall?.[0] as FoodPackageResult;
		expect(result.persons).toBe(3);
		expect(result.children).toBe(1);
		expect(result.youngChildren).toBe(0);
	});

	it('shows the Centre with a tap-to-call link and the permanence, labelled as such', () => {
		render(FoodPackageWidget, { props: { lang: 'en', date: DATE } });
		expect(screen.getByRole('link', { name: '+32 2 428 90 56' })).toHaveAttribute(
			'href',
			'tel:+3224289056'
		);
		expect(screen.getByText(/Permanence of the social assistants/)).toBeInTheDocument();
		expect(screen.getByText(/our estimate/)).toBeInTheDocument();
	});

	it('uses ids that do not clash when a page holds two copies', () => {
		const first = render(FoodPackageWidget, { props: { lang: 'en', date: DATE } }).container;
		const second = render(FoodPackageWidget, { props: { lang: 'en', date: DATE } }).container;
		const idsOf = (root: Element) => [...root.querySelectorAll('[id]')].map((el) => el.id);
		// Each copy has ids of its own (fields, hints, headings), and no id is in both.
		expect(idsOf(first).length).toBeGreaterThan(0);
		expect(idsOf(second)).toHaveLength(idsOf(first).length);
		const ids = [...idsOf(first), ...idsOf(second)];
		expect(new Set(ids).size).toBe(ids.length);
		// Every label points at a field of its own copy.
		for (const root of [first, second]) {
			for (const label of root.querySelectorAll('label[for]')) {
				expect(root.querySelector(`#${CSS.escape(label.getAttribute('for')!)}`)).not.toBeNull();
			}
		}
	});
});

import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { findHelp } from '../../calc/finder/find-help';
import FinderWidget from './FinderWidget.svelte';

/** Tuesday 3 June 2025, 18:30 in Brussels (summer time, UTC+2). */
const NOW = new Date('2025-06-03T16:30:00Z');
const DATE = '2025-06-03';

/** How many services the finder itself calls likely or maybe for a profile. */
const fittingCount = (profile: Parameters<typeof findHelp>[0]) =>
	findHelp(profile, { date: DATE }).services.filter((s) => s.fit !== 'unlikely').length;

function setup(props: Record<string, unknown> = {}) {
	const user = userEvent.setup();
	const onresult = vi.fn();
	const view = render(FinderWidget, {
		props: { lang: 'en', date: DATE, now: NOW, onresult, ...props }
	});
	return { user, onresult, ...view };
}

const count = () => screen.getByRole('status');
const service = (name: string | RegExp) =>
	screen.getAllByRole('article').find((a) => within(a).queryByRole('heading', { name }))!;

describe('FinderWidget', () => {
	it('lists every service that may fit before any question is answered', () => {
		setup();
		expect(screen.getByText('Question 1 of 11')).toBeInTheDocument();
		expect(count()).toHaveTextContent(`${fittingCount({})} services may help you.`);
		expect(screen.getByRole('heading', { name: 'Food and meals' })).toBeInTheDocument();
	});

	it('moves through the questions with focus on each question, and back', async () => {
		const { user } = setup();
		await user.type(screen.getByLabelText('Your age'), '30');
		await user.click(screen.getByRole('button', { name: 'Next' }));
		const gender = screen.getByRole('heading', { name: 'Are you a woman or a man?' });
		expect(gender).toHaveFocus();
		expect(screen.getByText('Question 2 of 11')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Back' }));
		expect(screen.getByRole('heading', { name: 'How old are you?' })).toHaveFocus();
		expect(screen.getByLabelText('Your age')).toHaveValue('30');
	});

	it('updates the results as answers change: living elsewhere makes Jette services unlikely', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Skip' }));
		await user.click(screen.getByRole('button', { name: 'Skip' }));
		expect(screen.getByRole('heading', { name: 'Where do you live?' })).toHaveFocus();
		await user.click(screen.getByRole('radio', { name: 'Somewhere else' }));
		const expected = fittingCount({ municipality: 'other' });
		expect(expected).toBeLessThan(fittingCount({}));
		expect(count()).toHaveTextContent(`${expected} services may help you.`);

		// Unlikely services are hidden behind a toggle, never removed.
		const unlikely = findHelp({ municipality: 'other' }, { date: DATE }).services.filter(
			(s) => s.fit === 'unlikely'
		).length;
		const toggle = screen.getByRole('button', {
			name: `Show services that probably don't fit (${unlikely})`
		});
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await user.click(toggle);
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		const specific = service('Specific help');
		expect(within(specific).getByText('Probably not for you')).toBeInTheDocument();
		expect(specific).toHaveTextContent('Does not fit: people who live in Jette');
	});

	it('words the reasons: the women’s shelter for a woman of 30 without a home', async () => {
		const { user } = setup({
			initial: { age: 30, gender: 'woman', homeless: true, hasChildren: false }
		});
		const shelter = service('Accueil Montfort');
		expect(within(shelter).getByText('Probably for you')).toBeInTheDocument();
		expect(shelter).toHaveTextContent('Fits: women');
		expect(shelter).toHaveTextContent('Fits: people aged 18 to 50');
		expect(shelter).toHaveTextContent('Fits: people without a home');
		// Skipping a question clears its answer: the age becomes "to check".
		await user.click(screen.getByRole('button', { name: 'Skip' }));
		expect(service('Accueil Montfort')).toHaveTextContent('To check: people aged 18 to 50');
		expect(within(service('Accueil Montfort')).getByText('Maybe for you')).toBeInTheDocument();
	});

	it('shows a refused age next to the field, keeps it, and still lists the services', async () => {
		const { user, onresult } = setup();
		const age = screen.getByLabelText('Your age');
		await user.type(age, 'abc');
		expect(age).toHaveValue('abc');
		await user.tab(); // a field's error shows once it is left
		expect(age).toHaveAttribute('aria-invalid', 'true');
		const describedBy = age.getAttribute('aria-describedby') ?? '';
		const error = document.getElementById(
			describedBy.split(' ').find((id) => id.endsWith('-error'))!
		);
		expect(error).toHaveTextContent(/whole number|Type a number/);
		expect(count()).toHaveTextContent(`${fittingCount({})} services may help you.`);
		expect(onresult).toHaveBeenLastCalledWith(null);
	});

	it('asks the income and its category only after "no" to the leefloon', async () => {
		const { user } = setup({ initial: { municipality: 'jette' } });
		for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByRole('heading', { name: 'Do you receive the leefloon?' })).toHaveFocus();
		expect(screen.queryByLabelText('Your monthly net income')).not.toBeInTheDocument();
		await user.click(screen.getByRole('radio', { name: 'No' }));
		await user.type(screen.getByLabelText('Your monthly net income'), '900,50');
		await user.click(screen.getByRole('radio', { name: 'I live alone' }));
		const restaurant = service('OCMW social restaurant');
		expect(within(restaurant).getByText('Probably for you')).toBeInTheDocument();
		expect(restaurant).toHaveTextContent(
			/Fits: people whose income is not higher than the leefloon \(€\s?1,\d{3}\.\d{2} a month\)/
		);
	});

	it('ends with a thank-you step that leads back to the answers', async () => {
		const { user } = setup();
		for (let i = 0; i < 11; i++) await user.click(screen.getByRole('button', { name: 'Skip' }));
		expect(
			screen.getByRole('heading', { name: 'Thank you, that was the last question' })
		).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Change my answers' }));
		expect(screen.getByRole('heading', { name: 'How old are you?' })).toHaveFocus();
	});

	it('"See the results" moves focus to the list', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'See the results' }));
		expect(screen.getByRole('heading', { name: 'Services' })).toHaveFocus();
	});

	it('searches without accents or case, and filters by kind of help and place', async () => {
		const { user } = setup({ lang: 'fr' });
		const search = screen.getByLabelText('Chercher un mot');
		await user.type(search, 'VETEMENTS');
		const names = screen
			.getAllByRole('article')
			.map((a) => within(a).getAllByRole('heading')[0]!.textContent!.trim());
		expect(names.length).toBeGreaterThan(0);
		expect(names).toContain("Vêtements de seconde main (Centre d'Entraide)");
		await user.clear(search);

		await user.selectOptions(screen.getByLabelText("Type d'aide"), 'legal');
		expect(screen.getByRole('heading', { name: 'Aide juridique' })).toBeInTheDocument();
		expect(
			screen.queryByRole('heading', { name: 'Alimentation et repas' })
		).not.toBeInTheDocument();
		await user.selectOptions(screen.getByLabelText('Où se trouve le service'), 'jette');
		expect(
			screen.queryByRole('heading', { name: "Bureau d'aide juridique" })
		).not.toBeInTheDocument();
		await user.type(search, 'zzzz');
		expect(count()).toHaveTextContent('Aucun service trouvé.');
	});

	it('shows hours with open now, the next opening, a map search and tap-to-call', () => {
		setup();
		const legal = service('Legal aid office');
		expect(legal).toHaveTextContent('Legal consultations at the OCMW: Tuesday 18:00 to 20:00');
		expect(legal).toHaveTextContent('Open now, until 20:00');
		expect(legal).toHaveTextContent(/The second and fourth Tuesday of the month, at 11:00/);
		expect(legal).toHaveTextContent(/Next time: Tuesday 10 June|Next time: Tuesday,? 11:00/);
		const map = within(legal)
			.getAllByRole('link', { name: /Show on a map/ })
			.at(-1)!;
		expect(map.getAttribute('href')).toMatch(
			/^https:\/\/www\.openstreetmap\.org\/search\?query=Regentschapsstraat/
		);
		expect(map).toHaveAttribute('rel', expect.stringContaining('noopener'));
		expect(within(legal).getByRole('link', { name: '+32 2 508 66 57' })).toHaveAttribute(
			'href',
			'tel:+3225086657'
		);
		expect(legal).toHaveTextContent('Source: Municipality of Jette');

		const savings = service('Jette savings and loan group');
		expect(savings).toHaveTextContent('The hours are not in the source: call first.');
		const engelbewaarder = service('De Engelbewaarder');
		expect(engelbewaarder).toHaveTextContent('Some Sundays');
		expect(engelbewaarder).toHaveTextContent(/Closed now\. Next opening: Saturday,? 09:00/);
	});

	it('calls onresult with the finder result', () => {
		const { onresult } = setup({ initial: { municipality: 'jette' } });
		const result = onresult.mock.lastCall?.[0];
		expect(result.date).toBe(DATE);
		expect(result.services).toHaveLength(findHelp({}, { date: DATE }).services.length);
	});
});

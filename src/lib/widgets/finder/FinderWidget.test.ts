import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findHelp } from '../../calc/finder/find-help';
import FinderWidget from './FinderWidget.svelte';

/** Wednesday 2 December 2026, 10:00 in Brussels (UTC+1). */
const NOW = new Date('2026-12-02T09:00:00Z');
const DATE = '2026-12-02';

function setup(props: Record<string, unknown> = {}) {
	const user = userEvent.setup();
	const onresult = vi.fn();
	const onshown = vi.fn();
	const view = render(FinderWidget, {
		props: { lang: 'en', date: DATE, now: NOW, onresult, onshown, ...props }
	});
	return { user, onresult, onshown, ...view };
}

const service = (name: string | RegExp) =>
	screen.getAllByRole('article').find((a) => within(a).queryByRole('heading', { name }))!;
const names = () =>
	screen
		.getAllByRole('article')
		.map((a) => within(a).getAllByRole('heading')[0]!.textContent!.trim());

beforeEach(() => sessionStorage.clear());

// Fifty services in jsdom, queried by role: slow on a shared machine, not a hang.
describe('FinderWidget: needs first', { timeout: 30_000 }, () => {
	it('asks what you need first; without a need, says so and groups every service by need', () => {
		setup();
		expect(
			screen.getByRole('heading', { name: 'What do you need help with?' })
		).toBeInTheDocument();
		expect(screen.getAllByRole('checkbox')).toHaveLength(17);
		expect(screen.getByText(/You have not said what you need help with/)).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'A bed tonight' })).toBeInTheDocument();
		expect(screen.queryAllByText('Probably for you')).toEqual([]);
		expect(screen.getAllByRole('article')).toHaveLength(
			findHelp({}, { date: DATE }).services.length
		);
	});

	it('then asks only the questions that matter: clothes ask nothing, a bed tonight asks five', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('checkbox', { name: 'Clothes' }));
		expect(screen.getByText('Question 1 of 1')).toBeInTheDocument();
		await user.click(screen.getByRole('checkbox', { name: 'Clothes' }));
		await user.click(screen.getByRole('checkbox', { name: 'A bed tonight' }));
		expect(screen.getByText('Question 1 of 6')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByRole('heading', { name: 'How old are you?' })).toHaveFocus();
	});

	it('Enter advances a question, from a typed answer and from a choice', async () => {
		const { user } = setup({ initial: { needs: ['shelter'] } });
		await user.click(screen.getByRole('button', { name: 'Next' }));
		await user.type(screen.getByLabelText('Your age'), '30{Enter}');
		expect(screen.getByRole('heading', { name: 'Are you a woman or a man?' })).toHaveFocus();
		await user.click(screen.getByRole('radio', { name: 'A woman' }));
		await user.keyboard('{Enter}');
		expect(screen.getByText('Question 4 of 6')).toBeInTheDocument();
	});

	it('Best for you (5 at most), Also possible, and Probably not for you folded', () => {
		setup({ initial: { needs: ['shelter', 'housing'], age: 20, gender: 'man', homeless: true } });
		const best = screen.getByRole('heading', { name: 'Best for you' }).closest('section')!;
		const bestNames = within(best)
			.getAllByRole('article')
			.map((a) => within(a).getAllByRole('heading')[0]!.textContent!.trim());
		expect(bestNames.length).toBeLessThanOrEqual(5);
		expect(bestNames).toContain('Youth service');
		const folded = screen.getByText(/^Probably not for you \(\d+\)$/).closest('details')!;
		expect(folded).not.toHaveAttribute('open');
		expect(within(folded).getAllByText(/Accueil Montfort/).length).toBeGreaterThan(0);
	});

	it('never says "probably for you" above a "does not fit" (Impulsion at 30)', () => {
		setup({ initial: { needs: ['work'], age: 30, longTermUnemployed: false } });
		const impulsion = service('Impulsion');
		expect(impulsion).toHaveTextContent(
			'Does not fit: mainly long-term unemployed people aged 50 or older'
		);
		expect(within(impulsion).getByText('Maybe for you')).toBeInTheDocument();
	});

	it('residence the source does not state: "ask whether they help people from your municipality"', () => {
		setup({ initial: { needs: ['debt'], municipality: 'brussels-city' } });
		const debt = service('Debt mediation unit');
		expect(debt).toHaveTextContent('To check: ask whether they help people from your municipality');
		expect(within(debt).getByText('Maybe for you')).toBeInTheDocument();
		expect(screen.queryByText(/only help people who live in their municipality/)).toBeNull();
	});

	it('searches by everyday words, ranked: "doctor" finds the medical centre', async () => {
		const { user, onshown } = setup();
		await user.type(screen.getByLabelText('Search by word'), 'doctor');
		expect(screen.getByRole('heading', { name: 'Search results' })).toBeInTheDocument();
		expect(names()).toContain('Esseghem medical centre');
		expect(onshown).toHaveBeenLastCalledWith(expect.arrayContaining(['esseghem-medical-centre']));
	});

	it('names the next opening’s date: legal aid, Tuesday 8 December, 11:00', () => {
		setup({ initial: { needs: ['legal'] } });
		expect(service('Legal aid office')).toHaveTextContent('Next time: Tuesday 8 December, 11:00');
	});

	it('keeps the answers in the tab’s session storage only, never in the URL', async () => {
		const before = window.location.href;
		const first = setup({ remember: true });
		await first.user.click(screen.getByRole('checkbox', { name: 'Debts' }));
		first.unmount();
		expect(JSON.parse(sessionStorage.getItem('aid-finder-answers')!).needs).toEqual(['debt']);
		setup({ remember: true, lang: 'fr' });
		expect(await screen.findByRole('checkbox', { name: 'Dettes' })).toBeChecked();
		expect(window.location.href).toBe(before);
	});

	it('ignores stored answers that are not ours', () => {
		sessionStorage.setItem('aid-finder-answers', '{"needs":["nappies"]}');
		setup({ remember: true });
		expect(screen.getByRole('checkbox', { name: 'Debts' })).not.toBeChecked();
	});

	it('calls onresult with the finder result', () => {
		const { onresult } = setup({ initial: { municipality: 'jette' } });
		const result = onresult.mock.lastCall?.[0];
		expect(result.date).toBe(DATE);
		expect(result.services).toHaveLength(findHelp({}, { date: DATE }).services.length);
	});
});

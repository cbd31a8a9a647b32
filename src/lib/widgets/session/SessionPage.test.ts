import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SessionPage from './SessionPage.svelte';

describe('SessionPage', () => {
	it('an age typed updates every figure', async () => {
		const user = userEvent.setup();
		render(SessionPage, { props: { lang: 'en' } });
		const age = screen.getByLabelText('Age of person 1 (the person you are meeting)');
		await user.clear(age);
		await user.type(age, '41');
		expect(age).toHaveValue('41');
	});
});

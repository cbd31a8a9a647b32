import { expect, test } from '@playwright/test';

test('after a first visit, pages load without a network', async ({ page, context }) => {
	await page.goto('/fr/');
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
	await context.setOffline(true);
	await page.goto('/nl/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.locator('h1')).toBeVisible();
	await context.setOffline(false);
});

test('after a first visit, a calculator page still computes without a network', async ({
	page,
	context
}) => {
	await page.goto('/fr/');
	await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await context.setOffline(true);
	// Its island script (/islands/nl/savings-loan.js, built after SvelteKit) comes from the cache.
	await page.goto('/nl/spaargroep/');
	await expect(page.locator('[data-aid-print]')).toBeVisible();
	const monthly = page.locator('.aid-savings-loan input[id$="-monthly"]');
	await monthly.fill('7,25');
	await expect(page.locator('.aid-savings-loan').getByRole('status')).toContainText('7,25');
	await context.setOffline(false);
});

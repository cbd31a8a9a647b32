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

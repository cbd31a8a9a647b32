import { defineConfig } from '@playwright/test';
// @ts-expect-error -- a plain .mjs helper shared with the Lighthouse script
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const SITE_PORT = Number(process.env.TEST_SITE_PORT ?? 4180);
/** A partner's site on another origin, with a strict CSP, embedding the widgets (tests/fixtures). */
const PARTNER_PORT = Number(process.env.TEST_PARTNER_PORT ?? 4181);

export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: true,
	workers: 2,
	forbidOnly: true,
	retries: 0,
	timeout: 30_000,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${SITE_PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
		trace: 'off'
	},
	webServer: [
		{
			command: `node scripts/serve.mjs --port ${SITE_PORT}`,
			url: `http://localhost:${SITE_PORT}/`,
			reuseExistingServer: false,
			stdout: 'ignore'
		},
		{
			command: `node tests/fixtures/partner-server.mjs --port ${PARTNER_PORT} --widget-origin http://localhost:${SITE_PORT}`,
			url: `http://localhost:${PARTNER_PORT}/`,
			reuseExistingServer: false,
			stdout: 'ignore'
		}
	]
});

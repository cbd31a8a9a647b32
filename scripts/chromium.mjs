// Finds the Chromium the browser tests and Lighthouse drive. Test tools never download a browser:
// we use Debian's `chromium` package. With --ensure, installs it when missing and we are root.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
];

export function findChromium() {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags for a headless Chromium on a closed network: no background calls home, no sandbox as root. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

function ensureChromium() {
	const found = findChromium();
	if (found) {
		console.log(`Chromium: ${found}`);
		return;
	}
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.log('No Chromium found: installing Debian package "chromium" with apt-get…');
		execFileSync('apt-get', ['update'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		if (findChromium()) return;
	}
	console.error(
		'No Chromium found. Install the Debian/Ubuntu package "chromium" (sudo apt-get install -y chromium), ' +
			'or set CHROME_PATH to a Chromium or Chrome executable.'
	);
	process.exit(1);
}

if (
	import.meta.url === pathToFileURL(process.argv[1] ?? '').href &&
	process.argv.includes('--ensure')
) {
	ensureChromium();
}

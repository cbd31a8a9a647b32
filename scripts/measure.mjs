// What scripts/wire.mjs (bytes and round trips, in `npm test`) and scripts/perf.mjs (timings under
// throttling, `npm run perf`) share: starting the real servers on free ports, and loading a page in
// headless Chromium while recording every request it makes through the DevTools protocol.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const QUIET_MS = 700;
const EVENTS = [
	'Network.requestWillBeSent',
	'Network.responseReceived',
	'Network.loadingFinished',
	'Network.loadingFailed'
];
const MAX_WAIT_MS = 30_000;

/** A free TCP port on localhost. */
export function freePort() {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, 'localhost', () => {
			const { port } = probe.address();
			probe.close(() => resolvePort(port));
		});
	});
}

/** Starts a Node server script and resolves once it prints a line matching readyPattern. */
export function startServer(args, readyPattern) {
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolveChild, reject) => {
		let out = '';
		child.stdout.on('data', (chunk) => {
			out += chunk;
			const match = readyPattern.exec(out);
			if (match) resolveChild({ child, match });
		});
		child.on('exit', (code) => reject(new Error(`${args[0]} exited (${code}): ${out}`)));
	});
}

/** scripts/serve.mjs on a free port: { child, origin }. */
export async function startSite(root = 'build') {
	const { child, match } = await startServer(
		['scripts/serve.mjs', '--port', '0', '--root', root],
		/localhost:(\d+)\//
	);
	return { child, origin: `http://localhost:${match[1]}` };
}

/** The partner fixture (tests/fixtures/partner-server.mjs) on a free port: { child, origin }. */
export async function startPartner(widgetOrigin) {
	const port = await freePort();
	const { child } = await startServer(
		['tests/fixtures/partner-server.mjs', '--port', String(port), '--widget-origin', widgetOrigin],
		/Partner fixture/
	);
	return { child, origin: `http://localhost:${port}` };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The URL of whatever asked for a request (DevTools initiator), or null for the browser itself. */
export function initiatorUrl(initiator) {
	if (initiator.type === 'parser' || initiator.type === 'preload') return initiator.url ?? null;
	for (let stack = initiator.stack; stack; stack = stack.parent) {
		const frame = stack.callFrames?.find((f) => f.url);
		if (frame) return frame.url;
	}
	return initiator.url ?? null;
}

/**
 * Loads a URL in a page and records every request until the network is quiet: URL, type,
 * status, bytes received (headers and body as sent), initiator, and the round trip it belongs to.
 */
export async function visit(page, url, { session } = {}) {
	// A caller's session keeps its emulation (throttling) attached after the visit.
	const cdp = session ?? (await page.context().newCDPSession(page));
	await cdp.send('Network.enable');
	const requests = new Map();
	let lastEvent = Date.now();
	const touch = () => (lastEvent = Date.now());
	cdp.on('Network.requestWillBeSent', (event) => {
		touch();
		requests.set(event.requestId, {
			url: event.request.url,
			type: event.type,
			from: initiatorUrl(event.initiator),
			done: false,
			bytes: 0
		});
	});
	cdp.on('Network.responseReceived', (event) => {
		touch();
		const request = requests.get(event.requestId);
		if (request) request.status = event.response.status;
	});
	cdp.on('Network.loadingFinished', (event) => {
		touch();
		const request = requests.get(event.requestId);
		if (request) Object.assign(request, { done: true, bytes: event.encodedDataLength });
	});
	cdp.on('Network.loadingFailed', (event) => {
		touch();
		const request = requests.get(event.requestId);
		if (request) Object.assign(request, { done: true, failed: event.errorText });
	});
	const started = Date.now();
	await page.goto(url, { waitUntil: 'load' });
	while (Date.now() - started < MAX_WAIT_MS) {
		const pending = [...requests.values()].some((r) => !r.done);
		if (!pending && Date.now() - lastEvent > QUIET_MS) break;
		await sleep(100);
	}
	if (!session) await cdp.detach();
	else for (const name of EVENTS) cdp.removeAllListeners(name);
	const list = [...requests.values()];
	// Round trips after the document: 1 for what the HTML asks for (an inline script's URL is the
	// document's, or about:client), n + 1 for what a file of round trip n asks for.
	const byUrl = new Map(list.map((r) => [r.url, r]));
	const depthOf = (request, seen = new Set()) => {
		if (request.url === url) return 0;
		if (request.depth !== undefined) return request.depth;
		const parent = request.from && byUrl.get(request.from);
		if (!parent || parent.url === url || seen.has(parent)) return 1;
		seen.add(request);
		return depthOf(parent, seen) + 1;
	};
	for (const request of list) request.depth = depthOf(request);
	return list;
}

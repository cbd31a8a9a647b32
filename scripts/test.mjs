// `npm test`: every check, in as few minutes as two cores allow, with the time of each step and the
// total printed at the end (the README states the budget: 3 minutes).
// Steps that do not depend on each other run side by side, one per core:
//   1. the message catalogue (once, for everything after it);
//   2. formatting + lint  |  type checks (svelte-check);
//   3. the build (site, islands, embed, host headers, precompressed files), then the size budgets;
//   4. unit and component tests (Vitest)  |  browser tests (Playwright, against the build).
// A failing phase stops the run; its output is shown, the others' only on failure.
import { spawn } from 'node:child_process';

const started = performance.now();
const timings = [];

/** Runs one command, keeping its output; resolves with its exit code. */
function run(name, command, args, env = {}) {
	return new Promise((resolve) => {
		const begun = performance.now();
		const child = spawn(command, args, {
			env: { ...process.env, FORCE_COLOR: '0', ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => {
			const seconds = (performance.now() - begun) / 1000;
			timings.push({
				step: name,
				seconds: seconds.toFixed(1),
				result: code === 0 ? 'ok' : 'FAILED'
			});
			if (code !== 0 || process.env.VERBOSE) process.stdout.write(`\n--- ${name} ---\n${output}`);
			resolve(code ?? 1);
		});
	});
}

/** Steps in a lane run one after another; stops at the first failure. */
async function lane(...steps) {
	for (const step of steps) {
		const code = await run(...step);
		if (code !== 0) return code;
	}
	return 0;
}

function finish(code) {
	const total = (performance.now() - started) / 1000;
	console.table(timings);
	console.log(
		`npm test: ${code === 0 ? 'passed' : 'FAILED'} in ${total.toFixed(0)} s (budget 180 s)`
	);
	process.exit(code);
}

const phases = [
	() => lane(['messages', 'node', ['scripts/i18n.mjs']]),
	() =>
		Promise.all([
			lane(['prettier', 'npx', ['prettier', '--check', '.']], ['eslint', 'npx', ['eslint', '.']]),
			lane(
				['svelte-kit sync', 'npx', ['svelte-kit', 'sync']],
				[
					'svelte-check',
					'npx',
					['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']
				]
			)
		]).then((codes) => Math.max(...codes)),
	() =>
		lane(
			['build', 'npx', ['vite', 'build']],
			['islands', 'node', ['scripts/build-islands.mjs']],
			['embed', 'node', ['scripts/build-embed.mjs']],
			['headers', 'node', ['scripts/headers.mjs']],
			['compress', 'node', ['scripts/compress.mjs']],
			['size (report)', 'node', ['scripts/size.mjs', '--report']]
		),
	() =>
		Promise.all([
			// One Vitest worker: the other core drives Chromium.
			lane(['vitest', 'npx', ['vitest', 'run', '--maxWorkers=1']]),
			lane(
				['chromium', 'node', ['scripts/chromium.mjs', '--ensure']],
				['playwright', 'npx', ['playwright', 'test']]
			)
		]).then((codes) => Math.max(...codes))
];

for (const phase of phases) {
	const code = await phase();
	if (code !== 0) finish(code);
}
finish(0);

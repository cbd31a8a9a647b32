// Compiles the message catalogue (messages/*/{locale}.json) to typed functions in src/lib/paraglide.
// The Vite plugin does the same during `vite dev`; type checks, unit tests and builds run this first
// because the plugin keeps Vitest's process alive after the run.
//
// It skips the work only when its own last output is still there untouched and nothing it reads has
// changed: a stamp (src/lib/paraglide/.compiled) holds a hash of the inputs and options and a hash
// of what it wrote. Comparing modification times is not enough: `vite dev` compiles the same
// folder differently (one module per locale, for speed), and its output is newer than every input,
// so a build after a dev run used to ship it (every language in every widget, over budget).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@inlang/paraglide-js';

const OUTDIR = './src/lib/paraglide';
const RUNTIME = join(OUTDIR, 'runtime.js');
const STAMP = join(OUTDIR, '.compiled');
/** Also in vite.config.ts (the dev plugin): the same expression, so dev and build agree. */
// Exactly the expression of Paraglide's `experimentalPerLocaleBuild` (its compiler then reads it
// as-is, without asserting a locale, so it may be undefined on the site).
const STATIC_LOCALE = '/** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__';
const OPTIONS = {
	project: './project.inlang',
	outdir: OUTDIR,
	strategy: ['baseLocale'],
	// The build's structure, stated rather than left to NODE_ENV (the plugin's default in dev differs).
	outputStructure: 'message-modules',
	// Paraglide's own per-locale build: the one-language builds (the embed, the calculator pages'
	// islands) define __PARAGLIDE_STATIC_LOCALE__, and the minifier keeps that language only; the
	// site, which leaves it undefined, passes the locale to each message as before.
	experimentalStaticLocale: STATIC_LOCALE,
	emitGitIgnore: false,
	emitPrettierIgnore: false
};

function inputFiles(dir = 'messages') {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? inputFiles(path) : [path];
		});
}

const hash = (...parts) => {
	const digest = createHash('sha256');
	for (const part of parts) digest.update(`${part.length}:`).update(part);
	return digest.digest('hex');
};
const inputs = hash(
	JSON.stringify(OPTIONS),
	...['project.inlang/settings.json', ...inputFiles()].flatMap((file) => [
		file,
		readFileSync(file, 'utf8')
	])
);
/** What the compiler wrote: its runtime and the messages' index (whose shape differs in dev). */
const OUTPUTS = [RUNTIME, join(OUTDIR, 'messages', '_index.js'), join(OUTDIR, 'messages.js')];
const outputHash = () =>
	hash(...OUTPUTS.map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : '')));

if (existsSync(STAMP)) {
	const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
	if (stamp.inputs === inputs && stamp.outputs === outputHash()) process.exit(0);
}

await compile(OPTIONS);
writeFileSync(STAMP, `${JSON.stringify({ inputs, outputs: outputHash() })}\n`);
// The inlang SDK leaves a timer running for about 30 s; the compiled files are written by now.
process.exit(0);

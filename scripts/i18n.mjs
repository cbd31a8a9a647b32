// Compiles the message catalogue (messages/*/{locale}.json) to typed functions in src/lib/paraglide.
// The Vite plugin does the same during `vite dev`; type checks, unit tests and builds run this first
// because the plugin keeps Vitest's process alive after the run. It skips the work when the compiled
// catalogue is newer than every message file and the project settings (`npm test` asks three times).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@inlang/paraglide-js';

const OUTPUT = './src/lib/paraglide/runtime.js';

function newestInput(dir = 'messages') {
	return readdirSync(dir).reduce((newest, name) => {
		const path = join(dir, name);
		const time = statSync(path).isDirectory() ? newestInput(path) : statSync(path).mtimeMs;
		return Math.max(newest, time);
	}, statSync('project.inlang/settings.json').mtimeMs);
}

if (existsSync(OUTPUT) && statSync(OUTPUT).mtimeMs > newestInput()) process.exit(0);

await compile({
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['baseLocale'],
	emitGitIgnore: false,
	emitPrettierIgnore: false
});
// The inlang SDK leaves a timer running for about 30 s; the compiled files are written by now.
process.exit(0);

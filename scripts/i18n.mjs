// Compiles the message catalogue (messages/*/{locale}.json) to typed functions in src/lib/paraglide.
// The Vite plugin does the same during builds; unit tests and type checks run this first because
// the plugin keeps Vitest's process alive after the run.
import { compile } from '@inlang/paraglide-js';

await compile({
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['baseLocale'],
	emitGitIgnore: false,
	emitPrettierIgnore: false
});
// The inlang SDK leaves a timer running for about 30 s; the compiled files are written by now.
process.exit(0);

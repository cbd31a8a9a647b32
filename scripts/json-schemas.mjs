// Writes the published JSON Schemas of the calculators' inputs (static/schemas/<calculator>.json)
// from their zod schemas (src/lib/calc/schemas.ts), loaded through Vite as the app loads them.
// src/lib/calc/schemas.test.ts fails when a published file is out of date.
// Usage: npm run schemas
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const server = await createServer({
	configFile: false,
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	// Nothing to pre-bundle for a script that only imports TypeScript modules.
	optimizeDeps: { noDiscovery: true, include: [] }
});
try {
	const { INPUT_SCHEMAS, inputJsonSchema } = await server.ssrLoadModule('/src/lib/calc/schemas.ts');
	mkdirSync('static/schemas', { recursive: true });
	for (const name of Object.keys(INPUT_SCHEMAS)) {
		writeFileSync(
			`static/schemas/${name}.json`,
			`${JSON.stringify(inputJsonSchema(name), null, '\t')}\n`
		);
		console.log(`static/schemas/${name}.json`);
	}
} finally {
	await server.close();
}

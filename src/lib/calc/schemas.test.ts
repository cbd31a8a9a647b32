import { describe, expect, it } from 'vitest';
import { INPUT_SCHEMAS, inputJsonSchema } from './schemas';

/*
 * The published JSON Schemas (static/schemas/<calculator>.json) must match the zod schemas.
 * `UPDATE_SCHEMAS=1 npx vitest run --project unit src/lib/calc/schemas.test.ts` rewrites them.
 * Files are read and written through Vite's module system: calc itself does no I/O.
 */
const published = import.meta.glob<string>('/static/schemas/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
});

describe('published JSON Schemas', () => {
	for (const name of Object.keys(INPUT_SCHEMAS) as (keyof typeof INPUT_SCHEMAS)[]) {
		it(`static/schemas/${name}.json matches the input schema`, async () => {
			const text = `${JSON.stringify(inputJsonSchema(name), null, '\t')}\n`;
			if (process.env.UPDATE_SCHEMAS === '1') {
				const { writeFileSync, mkdirSync } = await import('node:fs');
				mkdirSync('static/schemas', { recursive: true });
				writeFileSync(`static/schemas/${name}.json`, text);
				return;
			}
			expect(published[`/static/schemas/${name}.json`], 'run with UPDATE_SCHEMAS=1').toBe(text);
		});
	}
});

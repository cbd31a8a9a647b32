import { describe, expect, it } from 'vitest';
import { MAXIMUM_TEXT_LENGTH } from './input';
import { INPUT_SCHEMAS, inputJsonSchema } from './schemas';

/*
 * The published JSON Schemas (static/schemas/<calculator>.json), written by `npm run schemas`
 * (scripts/json-schemas.mjs), must be the current ones, and say what a partner needs to know.
 * Files are read through Vite's module system: calc itself does no I/O.
 */
const published = import.meta.glob<string>('/static/schemas/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
});
/** Published from the finder's data schemas, not from a calculator input. */
const SERVICE_DATA_SCHEMAS = ['service', 'service-organisations', 'service-municipality'];
const file = (name: string) =>
	JSON.parse(published[`/static/schemas/${name}.json`] ?? 'null') as Record<string, unknown>;

describe('published JSON Schemas', () => {
	it('one file per calculator input, each up to date (else: npm run schemas)', () => {
		// Beside the calculator inputs, static/schemas/ holds the finder's service-data schemas,
		// kept up to date by tests/unit/services-data.test.ts; any other file is unexpected.
		expect(Object.keys(published).sort()).toEqual(
			[...Object.keys(INPUT_SCHEMAS), ...SERVICE_DATA_SCHEMAS]
				.map((name) => `/static/schemas/${name}.json`)
				.sort()
		);
		for (const name of Object.keys(INPUT_SCHEMAS) as (keyof typeof INPUT_SCHEMAS)[]) {
			expect(file(name), `${name}: run npm run schemas`).toEqual(
				JSON.parse(JSON.stringify(inputJsonSchema(name)))
			);
		}
	});

	it('savings-loan: two required fields, nothing else, the limits of the calculator', () => {
		// Worked out from the calculator's documentation, not from the generator.
		const schema = file('savings-loan') as {
			required: string[];
			additionalProperties: boolean;
			properties: Record<string, { anyOf: Record<string, unknown>[] }>;
		};
		expect(schema.required.sort()).toEqual(['monthlyAmount', 'months']);
		expect(schema.additionalProperties).toBe(false);
		expect(schema.properties['monthlyAmount']!.anyOf).toEqual([
			{ type: 'number', minimum: 0, maximum: 1_000_000 },
			{ type: 'string', maxLength: MAXIMUM_TEXT_LENGTH }
		]);
		expect(schema.properties['months']!.anyOf[0]).toMatchObject({
			type: 'integer',
			minimum: 0,
			maximum: 1200
		});
	});
});

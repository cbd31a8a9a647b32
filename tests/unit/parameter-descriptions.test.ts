import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropParameterDescriptions } from '../../scripts/parameter-descriptions.mjs';

const FOLDER = 'src/lib/calc/params';
const modules = readdirSync(FOLDER).filter(
	(name) => name.endsWith('.ts') && !name.includes('.test.')
);

describe('the one-language builds leave parameter descriptions out', () => {
	it('drops every description in the tables, and nothing else', () => {
		let dropped = 0;
		let tables = 0;
		for (const name of modules.filter((name) => name !== 'parameter.ts')) {
			const code = readFileSync(join(FOLDER, name), 'utf8');
			const result = dropParameterDescriptions(code);
			dropped += result.dropped;
			tables += code.match(/asParameter\(\{/g)?.length ?? 0;
			expect(result.code, name).not.toMatch(/\n\tdescription:/);
			// Only whole `description: '…',` properties go: ids, units, values and references stay.
			for (const key of ['id:', 'unit:', 'values:', 'reference:']) {
				expect(result.code.split(key).length, `${name} ${key}`).toBe(code.split(key).length);
			}
		}
		// One description per parameter table: a table written another way would keep its own.
		expect(tables).toBeGreaterThan(0);
		expect(dropped).toBe(tables);
	});
});

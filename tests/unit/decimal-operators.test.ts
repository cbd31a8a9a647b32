import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ts from 'typescript-eslint';
import aid from '../../eslint/no-decimal-operators.js';

const FIXTURE = 'tests/fixtures/lint/decimal-operators.ts';

describe('lint: an operator on an amount fails the check', () => {
	it('is switched on, as an error, for the calculators, widgets and routes', async () => {
		const eslint = new ESLint();
		for (const file of [
			'src/lib/calc/savings-plan.ts',
			'src/lib/widgets/meal-cost/MealCostWidget.svelte',
			'src/lib/session/state.ts'
		]) {
			const config = await eslint.calculateConfigForFile(file);
			expect(config.rules['aid/no-decimal-operators'], file).toEqual([2]);
		}
	}, 30_000);

	it('reports <, >=, ===, + and unary - on a Decimal, and nothing on numbers or named comparisons', async () => {
		// Only the fixture's own small program (its tsconfig), not the whole project: seconds, not 30.
		const eslint = new ESLint({
			overrideConfigFile: true,
			overrideConfig: {
				files: ['**/*.ts'],
				languageOptions: {
					parser: ts.parser,
					parserOptions: { project: 'tests/fixtures/lint/tsconfig.json' }
				},
				plugins: { aid },
				rules: { 'aid/no-decimal-operators': 'error' }
			}
		});
		const [result] = await eslint.lintFiles([FIXTURE]);
		const reported = result!.messages.map((message) => [message.ruleId, message.line]);
		// The lines marked "fails" in the fixture, found by reading it, not by running the rule.
		const expected = readFileSync(FIXTURE, 'utf8')
			.split('\n')
			.flatMap((line, index) =>
				line.includes('// fails') ? [['aid/no-decimal-operators', index + 1]] : []
			);
		expect(expected).toHaveLength(5);
		expect(reported).toEqual(expected);
	}, 30_000);
});

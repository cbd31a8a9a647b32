import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { CalcInputError } from '../../src/lib/calc/errors';
import { foodPackage, type FoodPackageInput } from '../../src/lib/calc/food-package';
import { leefloonAmount, type LeefloonCategory } from '../../src/lib/calc/leefloon';
import { mealCost, type MealCostInput } from '../../src/lib/calc/meal-cost';
import { savingsLoan, type SavingsLoanInput } from '../../src/lib/calc/savings-loan';
import { savingsPlan, type SavingsPlanInput } from '../../src/lib/calc/savings-plan';

/*
 * The calculators' hand-worked cases, as data: tests/cases/<calculator>.yaml. Each case gives the
 * date, the input (and a partner's params), and either the expected figures (a partial match: the
 * fields it names) or the expected refusal (the issues, in order). A case about a sentence of a
 * source page quotes it, and the quote must be on that page. A social worker who finds a wrong
 * figure can write the case that proves it.
 */
type Run = (input: unknown, options: { date: string; params?: unknown }) => unknown;
const CALCULATORS: Record<string, Run> = {
	'savings-loan': (input, options) => savingsLoan(input as SavingsLoanInput, options as never),
	'savings-plan': (input, options) => savingsPlan(input as SavingsPlanInput, options as never),
	'meal-cost': (input, options) => mealCost(input as MealCostInput, options as never),
	'food-package': (input, options) => foodPackage(input as FoodPackageInput, options as never),
	leefloon: (input, options) =>
		leefloonAmount((input as { category: LeefloonCategory }).category, options as never)
};

const caseSchema = z.strictObject({
	name: z.string().check(z.minLength(1)),
	page: z.optional(z.string()),
	quote: z.optional(z.string()),
	date: z.iso.date(),
	input: z.unknown(),
	params: z.optional(z.unknown()),
	expect: z.optional(z.unknown()),
	error: z.optional(
		z.array(
			z.strictObject({
				path: z.array(z.union([z.string(), z.number()])),
				code: z.string(),
				values: z.optional(z.record(z.string(), z.union([z.string(), z.number()])))
			})
		)
	)
});
const fileSchema = z.strictObject({
	calculator: z.enum(Object.keys(CALCULATORS) as [string, ...string[]]),
	cases: z.array(caseSchema).check(z.minLength(1))
});

/**
 * A case's expectation as matchers: an object names only the fields it checks; a list of steps or
 * sources names only the entries it checks (in any place); any other list is checked whole.
 */
function partial(expected: unknown, key = ''): unknown {
	if (Array.isArray(expected)) {
		const items = expected.map((item) => partial(item));
		return key === 'steps' || key === 'sources' ? expect.arrayContaining(items) : items;
	}
	if (expected !== null && typeof expected === 'object') {
		return expect.objectContaining(
			Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, partial(v, k)]))
		);
	}
	return expected;
}

const normalised = (text: string) => text.replace(/\s+/gu, ' ').trim();
const FOLDER = 'tests/cases';
const files = readdirSync(FOLDER).filter((name) => name.endsWith('.yaml'));

it('there is a case file for every calculator', () => {
	expect(files.map((name) => name.replace('.yaml', '')).sort()).toEqual(
		expect.arrayContaining(['food-package', 'leefloon', 'meal-cost', 'savings-loan'])
	);
});

for (const name of files) {
	const file = fileSchema.parse(parse(readFileSync(join(FOLDER, name), 'utf8')));
	const run = CALCULATORS[file.calculator]!;
	describe(`${file.calculator} (tests/cases/${name})`, () => {
		for (const testCase of file.cases) {
			it(testCase.name, () => {
				expect(testCase.expect === undefined, 'a case expects figures or an error').toBe(
					testCase.error !== undefined
				);
				if (testCase.quote !== undefined) {
					const page = readFileSync(`tests/fixtures/sources/${testCase.page}.txt`, 'utf8');
					expect(normalised(page)).toContain(normalised(testCase.quote));
				}
				const options = {
					date: testCase.date,
					...(testCase.params === undefined ? {} : { params: testCase.params })
				};
				if (testCase.error) {
					let thrown: unknown;
					try {
						run(testCase.input, options);
					} catch (error) {
						thrown = error;
					}
					expect(thrown).toBeInstanceOf(CalcInputError);
					expect((thrown as CalcInputError).issues).toEqual(testCase.error);
					return;
				}
				expect(run(testCase.input, options)).toEqual(partial(testCase.expect));
			});
		}
	});
}

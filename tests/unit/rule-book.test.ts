import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
	parameterFileSchema,
	referencesFileSchema,
	venueFileSchema
} from '../../src/lib/calc/params/parameter-schema';
import { RULES_VERSION, RULE_BOOK } from '../../src/lib/calc/params/rule-book';
import { loadRuleBook, rulesVersion } from '../../scripts/rule-book';

/*
 * The rule book's data, checked as data: every file against its schema, every quote against the
 * source page it cites (the product's copy in tests/fixtures/sources/), every value ever published
 * still there, unchanged.
 */
const book = loadRuleBook('data');
const SOURCES = 'tests/fixtures/sources';

/** Runs of whitespace (spaces, tabs, line ends, no-break spaces) count as one space. */
const normalised = (text: string) => text.replace(/\s+/gu, ' ').trim();
const pages = Object.fromEntries(
	readdirSync(SOURCES)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => [name.slice(0, -4), normalised(readFileSync(join(SOURCES, name), 'utf8'))])
);

/** Every quoted fact of a book: where it is, the page it cites, its quote and its status. */
function quotedFacts(data: ReturnType<typeof loadRuleBook>) {
	return [
		...data.parameters.flatMap((p) =>
			p.values.map((v) => ({ where: `${p.id} ${v.from ?? 'as published'}`, ...v }))
		),
		...data.venues.map((v) => ({ where: `venue ${v.id} access`, ...v.access }))
	];
}

/** The quotes of a book that its cited source page does not contain. */
function missingQuotes(data: ReturnType<typeof loadRuleBook>, texts: Record<string, string>) {
	return quotedFacts(data)
		.filter((fact) => data.references[fact.reference.page]?.kind === 'source-page')
		.filter((fact) => fact.quote !== undefined)
		.filter((fact) => !texts[fact.reference.page]?.includes(normalised(fact.quote!)))
		.map((fact) => fact.where);
}

describe('the quotes', () => {
	it('every quote is on the source page it cites, verbatim (whitespace aside)', () => {
		expect(missingQuotes(book, pages)).toEqual([]);
	});

	it('every source page cited has its copy in tests/fixtures/sources/', () => {
		const cited = Object.entries(book.references).filter(([, r]) => r.kind === 'source-page');
		expect(cited.map(([key]) => key).sort()).toEqual(Object.keys(pages).sort());
	});

	it('a quote that is not on the page is found out, one word changed or one missing', () => {
		const altered = structuredClone(book);
		altered.parameters.find((p) => p.id === 'meal.ocmw.adult-price')!.values[0]!.quote =
			'Een maaltijd kost 1,5 € voor een volwassene of 1 € voor kinderen jonger dan 14 jaar.';
		altered.venues.find((v) => v.id === 'restojet')!.access.quote =
			'Restojet is een restaurant dat voor iedereen open staat.';
		expect(missingQuotes(altered, pages)).toEqual([
			'meal.ocmw.adult-price as published',
			'venue restojet access'
		]);
	});

	it('every fact shown as a plain fact is confirmed by a quote; the rest is method, published or unconfirmed', () => {
		for (const fact of quotedFacts(book)) {
			const kind = book.references[fact.reference.page]!.kind;
			if (fact.status === 'confirmed') {
				expect(fact.quote, fact.where).toBeTruthy();
				expect(kind, fact.where).toBe('source-page');
			}
			if (fact.status === 'method') expect(kind, fact.where).toBe('method');
			if (fact.status === 'published') {
				expect(kind, fact.where).toBe('external');
				expect(book.references[fact.reference.page]!.url, fact.where).toMatch(/^https:\/\//);
			}
		}
	});
});

describe('what the sources do not say stays unsaid', () => {
	const value = (id: string) => book.parameters.find((p) => p.id === id)!.values;
	it('no food package size, age for a child or contents: unconfirmed, no value', () => {
		for (const id of [
			'food-package.medium-from-persons',
			'food-package.large-from-persons',
			'food-package.child-age-limit'
		]) {
			expect(
				value(id).map((v) => [v.status, v.value]),
				id
			).toEqual([['unconfirmed', null]]);
		}
		expect(book.parameters.map((p) => p.id).filter((id) => /young|baby|nappies/.test(id))).toEqual(
			[]
		);
	});
	it('De Engelbewaarder: no price and no target group', () => {
		expect(value('meal.engelbewaarder.price')[0]).toMatchObject({ status: 'unconfirmed' });
		const engelbewaarder = book.venues.find((v) => v.id === 'engelbewaarder')!;
		expect(engelbewaarder.access).toMatchObject({ rule: 'ask', status: 'unconfirmed' });
	});
	it('no invented dates: the source pages give none, so their values apply as published', () => {
		for (const fact of quotedFacts(book)) {
			if (book.references[fact.reference.page]!.kind !== 'source-page') continue;
			if ('from' in fact) expect(fact.from, fact.where).toBeNull();
		}
	});
	it('the leefloon keeps its dated table from 2024-05-01, published outside the source pages', () => {
		expect(value('leefloon.single').map((v) => [v.from, v.value, v.status])).toEqual([
			['2024-05-01', '1288.46', 'published'],
			['2025-02-01', '1314.20', 'published']
		]);
	});
});

describe('history is never rewritten', () => {
	/*
	 * tests/fixtures/parameter-history.yaml lists every value the rule book ever published. A new
	 * value is a new dated entry, added here too; an entry that changed or went away fails.
	 */
	const history = z
		.array(
			z.strictObject({
				id: z.string(),
				from: z.nullable(z.string()),
				value: z.nullable(z.string())
			})
		)
		.parse(parse(readFileSync('tests/fixtures/parameter-history.yaml', 'utf8')));
	const entries = book.parameters.flatMap((p) =>
		p.values.map((v) => ({ id: p.id, from: v.from, value: v.value }))
	);
	it('every value once published is still there, with the same date and amount', () => {
		expect(entries).toEqual(expect.arrayContaining(history));
	});
	it('every value in the data is recorded in the history', () => {
		expect(history).toEqual(expect.arrayContaining(entries));
	});
});

describe('the compiled rule book', () => {
	it('the rules version is the newest date a value takes effect', () => {
		expect(RULES_VERSION).toBe('2025-02-01');
		expect(rulesVersion(book)).toBe(RULES_VERSION);
	});
	it('carries numbers, dates and references but no words', () => {
		const text = JSON.stringify(RULE_BOOK);
		expect(text).not.toContain('quote');
		expect(text).not.toContain('description');
		expect(RULE_BOOK.parameters['meal.ocmw.adult-price']!.values[0]).toEqual({
			from: null,
			value: '1.50',
			status: 'confirmed',
			reference: {
				page: 'jette-sociale-steun',
				section: 'Materiële hulp › Het sociaal restaurant van het OCMW',
				kind: 'source-page'
			},
			checked: '2026-12-02'
		});
	});
});

describe('the schemas refuse a malformed file', () => {
	const valid = parse(readFileSync('data/parameters/meal.ocmw.adult-price.yaml', 'utf8'));
	const withValue = (change: Record<string, unknown>) => ({
		...valid,
		values: [{ ...valid.values[0], ...change }]
	});
	it('accepts the real one', () => {
		expect(parameterFileSchema.safeParse(valid).success).toBe(true);
	});
	it.each([
		['a number instead of a decimal string (1.50 would lose its 0)', withValue({ value: 1.5 })],
		['a confirmed value without its quote', withValue({ quote: undefined })],
		['a null value not marked unconfirmed', withValue({ value: null })],
		['an unconfirmed value with a number', withValue({ status: 'unconfirmed' })],
		['an unknown status', withValue({ status: 'probably' })],
		['an impossible date', withValue({ from: '2024-02-30' })],
		['no check date', withValue({ checked: undefined })],
		['a description missing a language', { ...valid, description: { nl: 'x', fr: 'y' } }],
		['an unknown unit', { ...valid, unit: 'USD' }],
		['no values', { ...valid, values: [] }],
		[
			'an undated value after a dated one',
			{ ...valid, values: [{ ...valid.values[0], from: '2025-01-01' }, valid.values[0]] }
		],
		[
			'dates out of order',
			{
				...valid,
				values: [
					{ ...valid.values[0], from: '2025-01-01' },
					{ ...valid.values[0], from: '2024-01-01' }
				]
			}
		]
	])('%s', (_name, data) => {
		expect(parameterFileSchema.safeParse(data).success).toBe(false);
	});
	it('a venue without its access rule, and a page title missing a language', () => {
		const venue = parse(readFileSync('data/meal-venues/ocmw.yaml', 'utf8'));
		expect(venueFileSchema.safeParse(venue).success).toBe(true);
		expect(venueFileSchema.safeParse({ ...venue, access: undefined }).success).toBe(false);
		const references = parse(readFileSync('data/references.yaml', 'utf8'));
		expect(referencesFileSchema.safeParse(references).success).toBe(true);
		references['jette-sociale-steun'].title = { nl: 'x', en: 'y' };
		expect(referencesFileSchema.safeParse(references).success).toBe(false);
	});
});

describe('the data files’ JSON Schemas, published under static/schemas/data/', () => {
	/*
	 * For editors and partners who check a data file before they send it. Generated from the zod
	 * schemas: `UPDATE_SCHEMAS=1 npx vitest run --project unit tests/unit/rule-book.test.ts`.
	 */
	const SCHEMAS = {
		parameter: parameterFileSchema,
		references: referencesFileSchema,
		'meal-venue': venueFileSchema
	};
	for (const [name, schema] of Object.entries(SCHEMAS)) {
		it(`static/schemas/data/${name}.json matches its zod schema`, async () => {
			const text = `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input' }), title: `data/${name}` }, null, '\t')}\n`;
			const { readFileSync: read, writeFileSync, existsSync } = await import('node:fs');
			const file = `static/schemas/data/${name}.json`;
			if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(file, text);
			expect(existsSync(file) ? read(file, 'utf8') : '', 'run with UPDATE_SCHEMAS=1').toBe(text);
		});
	}
});

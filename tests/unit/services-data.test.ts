/**
 * The service directory as data (data/services/): the loader, the quotes against the source pages,
 * the published JSON Schemas, and a fixture municipality that adds services without code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { findHelp } from '../../src/lib/calc/finder/find-help';
import { entryQuotes } from '../../src/lib/calc/finder/links';
import {
	entrySchema,
	municipalitySchema,
	organisationSchema,
	type DirectoryData
} from '../../src/lib/calc/finder/schema';
import {
	DirectoryDataError,
	inLanguage,
	loadDirectory,
	shippedDirectory
} from '../../src/lib/data/services';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every quote that is not on its municipality's source page, as "id where: quote". */
function missingQuotes(data: DirectoryData, sourcesDir: string): string[] {
	const pages = new Map<string, string>();
	for (const municipality of data.municipalities) {
		for (const page of municipality.sources) {
			pages.set(page.id, squeeze(readFileSync(join(sourcesDir, page.file), 'utf8')));
		}
	}
	return data.entries.flatMap((entry) =>
		entryQuotes(entry)
			.filter(({ quote }) => !(pages.get(entry.source.page) ?? '').includes(squeeze(quote)))
			.map(({ where, quote }) => `${entry.id} ${where}: ${quote}`)
	);
}

const data = loadDirectory();

describe('data/services', () => {
	it('holds the 52 services found in the two pages, in source order', () => {
		// Counted by hand: 41 on the Jette page (see the README of data/services), 11 on the City of
		// Brussels page (the social antennas, the nine services they refer to, and the
		// neighbourhood social coordinations).
		const byPage = (page: string) => data.entries.filter((e) => e.source.page === page);
		expect(byPage('jette-sociale-steun')).toHaveLength(41);
		expect(byPage('stad-brussel-sociale-actie').map((e) => e.id)).toEqual([
			'brussels-social-antennas',
			'brussels-training',
			'brussels-employment',
			'brussels-housing',
			'brussels-debt-mediation',
			'brussels-youth',
			'brussels-miriam',
			'brussels-addiction-support',
			'brussels-return-migration',
			'brussels-urgent-medical-aid',
			'brussels-neighbourhood-coordination'
		]);
		expect(data.municipalities.map((m) => m.id)).toEqual(['jette', 'brussels-city']);
	});

	it('every quote (needs, who, hours, prices, contact) is on its source page, verbatim', () => {
		expect(missingQuotes(data, 'tests/fixtures/sources')).toEqual([]);
	});

	it('the quote check fails on a quote that is not on the page', () => {
		const [first] = data.entries;
		const altered = {
			...data,
			entries: [
				{ ...first!, needs: [{ need: 'food' as const, quote: 'Gratis luiers voor iedereen.' }] }
			]
		};
		expect(missingQuotes(altered, 'tests/fixtures/sources')).toEqual([
			`${first!.id} needs.food: Gratis luiers voor iedereen.`
		]);
	});

	it('every fact group is quoted, or marked method or unconfirmed with a check date', () => {
		for (const entry of data.entries) {
			for (const fact of Object.values(entry.evidence)) {
				expect(fact!.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(fact!.status === 'confirmed').toBe(fact!.quote !== undefined);
			}
		}
	});

	it('a residence condition only where the source states it: the taxi-cheques ("De Jettenaren")', () => {
		const stated = data.entries.filter((e) => e.criteria.municipality !== undefined);
		expect(stated.map((e) => e.id)).toEqual(['taxi-cheques']);
		expect(stated[0]!.evidence.who?.quote).toContain('De Jettenaren');
	});

	it('the sociale buurtcoördinaties of the City of Brussels are listed, quoted', () => {
		const entry = data.entries.find((e) => e.id === 'brussels-neighbourhood-coordination');
		expect(entry?.name.nl).toBe('Sociale buurtcoördinaties');
		expect(entry?.evidence.who?.quote).toContain('sociale buurtcoördinaties');
	});
});

describe('the loader refuses bad data, naming the file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'aid-services-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const problemsWith = (edit: (root: string) => void): string[] => {
		const root = mkdtempSync(join(dir, 'case-'));
		cpSync('tests/fixtures/services', root, { recursive: true });
		edit(root);
		try {
			loadDirectory(root);
		} catch (error) {
			if (error instanceof DirectoryDataError) return error.problems;
			throw error;
		}
		return [];
	};
	const file = (root: string) => join(root, 'voorbeeld', 'voorbeeld-food-bank.yaml');
	const rewrite = (root: string, from: string, to: string) =>
		writeFileSync(file(root), readFileSync(file(root), 'utf8').replace(from, to));

	it('the fixture itself loads', () => {
		expect(problemsWith(() => {})).toEqual([]);
	});

	it('an unknown need', () => {
		const problems = problemsWith((root) => rewrite(root, 'need: food', 'need: nappies'));
		expect(problems.join('\n')).toContain('voorbeeld-food-bank.yaml: needs.0.need');
	});

	it('hours without their evidence', () => {
		const problems = problemsWith((root) =>
			rewrite(
				root,
				'  hours:\n    status: confirmed\n    quote: elke woensdag\n    checked: 2026-12-02\n',
				''
			)
		);
		expect(problems).toEqual(['service voorbeeld-food-bank: hours without evidence.hours']);
	});

	it('a confirmed fact without a quote', () => {
		const problems = problemsWith((root) => rewrite(root, '    quote: elke woensdag\n', ''));
		expect(problems.join('\n')).toContain('evidence.hours');
	});

	it('a service file not listed by its municipality', () => {
		const problems = problemsWith((root) =>
			writeFileSync(
				join(root, 'voorbeeld', 'stray.yaml'),
				readFileSync(file(root), 'utf8').replace('id: voorbeeld-food-bank', 'id: stray')
			)
		);
		expect(problems.join('\n')).toContain('stray.yaml: not listed');
	});

	it('an unknown organisation and municipality', () => {
		const problems = problemsWith((root) => {
			rewrite(root, 'organisationId: ocmw-voorbeeld', 'organisationId: nobody');
			rewrite(root, 'localTo: voorbeeld', 'localTo: atlantis');
		});
		expect(problems).toEqual([
			'service voorbeeld-food-bank: unknown organisation nobody',
			'service voorbeeld-food-bank: unknown municipality atlantis'
		]);
	});

	it('YAML that does not parse', () => {
		const problems = problemsWith((root) => writeFileSync(file(root), 'id: [unclosed'));
		expect(problems[0]).toContain('voorbeeld-food-bank.yaml');
	});
});

describe('a fixture municipality adds services without code', () => {
	const fixture = loadDirectory('tests/fixtures/services');

	it('its quotes are on its own source page', () => {
		expect(missingQuotes(fixture, 'tests/fixtures/services/sources')).toEqual([]);
	});

	it('the finder takes its municipality as an answer and ranks its services', () => {
		const parent = findHelp(
			{ needs: ['food'], municipality: 'voorbeeld', hasChildren: true },
			{ date: '2025-03-01', directory: fixture }
		);
		expect(parent.services.map((s) => [s.id, s.fit, s.needsMatched])).toEqual([
			['voorbeeld-food-bank', 'likely', ['food']],
			['voorbeeld-senior-club', 'maybe', []]
		]);
		// Its stated residence condition: someone from elsewhere is unlikely; its unstated one
		// (the food bank is the OCMW's) is a question to ask.
		const outsider = findHelp(
			{ needs: ['food', 'social-contact'], municipality: 'other', age: 70, hasChildren: true },
			{ date: '2025-03-01', directory: fixture }
		);
		const fit = Object.fromEntries(outsider.services.map((s) => [s.id, s.fit]));
		expect(fit).toEqual({ 'voorbeeld-food-bank': 'maybe', 'voorbeeld-senior-club': 'unlikely' });
	});
});

describe('one language per page', () => {
	it('keeps only the language asked for, and every quote in Dutch', () => {
		const fr = inLanguage(data, 'fr');
		const entry = fr.entries.find((e) => e.id === 'restojet')!;
		expect(entry.name).toEqual({ fr: 'Restojet' });
		expect(Object.keys(entry.description)).toEqual(['fr']);
		expect(entry.evidence.who?.quote).toBe(
			'Restojet is een sociaal restaurant dat voor iedereen open staat.'
		);
		const json = JSON.stringify(fr);
		expect(json).not.toContain('"nl":');
		expect(json).not.toContain('"en":');
		expect(json.length).toBeLessThan(JSON.stringify(data).length * 0.7);
	});

	it("a page ships its language without the quotes, keeping each fact's status and date", () => {
		const shipped = shippedDirectory(data, 'nl');
		const restojet = shipped.entries.find((e) => e.id === 'restojet')!;
		expect(restojet.needs).toEqual([{ need: 'meals' }, { need: 'social-contact' }]);
		expect(restojet.evidence.who).toEqual({ status: 'confirmed', checked: '2026-12-02' });
		expect(JSON.stringify(shipped)).not.toContain('"quote"');
	});
});

/*
 * The published JSON Schemas of the data files. `UPDATE_SCHEMAS=1 npx vitest run
 * tests/unit/services-data.test.ts` rewrites them.
 */
const SCHEMAS = {
	service: entrySchema,
	'service-organisations': z.array(organisationSchema),
	'service-municipality': municipalitySchema
} as const;

describe('published JSON Schemas of the service data', () => {
	for (const [name, schema] of Object.entries(SCHEMAS)) {
		it(`static/schemas/${name}.json matches the zod schema`, () => {
			const text = `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input' }), title: name }, null, '\t')}\n`;
			const path = `static/schemas/${name}.json`;
			if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(path, text);
			expect(readFileSync(path, 'utf8')).toBe(text);
		});
	}
});

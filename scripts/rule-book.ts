// The rule book: the YAML data files under data/ (parameters, the pages they cite, the meal venues),
// read and checked at build time and compiled into JavaScript modules. Nothing parses YAML in the
// browser. Used by the Vite configs (the plugin below), the tests and the Sources page:
//   virtual:aid/rule-book          the numbers, dates, statuses and references: no words at all
//                                  (what the calculators import);
//   virtual:aid/rule-book-words    the page titles and venue names, in one language in the
//                                  one-language builds (islands, embed) and in all three elsewhere;
//   virtual:aid/rule-book/<lang>   everything in one language, quotes included (the Sources page).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import type { z } from 'zod/mini';
import {
	parameterFileSchema,
	referencesFileSchema,
	venueFileSchema,
	type ParameterFile,
	type ReferenceEntry,
	type VenueFile
} from '../src/lib/calc/params/parameter-schema.ts';
import { LANGS, type Lang } from '../src/lib/i18n/lang.ts';

export interface RuleBookData {
	references: Record<string, ReferenceEntry>;
	parameters: ParameterFile[];
	venues: VenueFile[];
	/** Every file read, for the dev server to watch. */
	files: string[];
}

function readYaml<S extends z.ZodMiniType>(file: string, schema: S): z.output<S> {
	let data: unknown;
	try {
		data = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
	}
	const result = schema.safeParse(data);
	if (!result.success) {
		const where = result.error.issues
			.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`)
			.join('\n');
		throw new Error(`${file}: does not match its schema:\n${where}`);
	}
	return result.data;
}

const yamlFiles = (folder: string) =>
	readdirSync(folder)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => join(folder, name));

/**
 * Reads and checks every data file under `root`: each file against its schema, then the links
 * between them (a cited page exists, a venue's parameters exist, a file is named after its id).
 * Throws an error naming the file and the problem.
 */
export function loadRuleBook(root = 'data'): RuleBookData {
	const referencesFile = join(root, 'references.yaml');
	const references = readYaml(referencesFile, referencesFileSchema);
	const files = [referencesFile];
	const parameters = yamlFiles(join(root, 'parameters')).map((file) => {
		files.push(file);
		const parameter = readYaml(file, parameterFileSchema);
		if (!file.endsWith(`/${parameter.id}.yaml`)) {
			throw new Error(`${file}: the file must be named after its id (${parameter.id}.yaml)`);
		}
		for (const value of parameter.values) checkReference(file, value, references);
		return parameter;
	});
	const ids = new Set(parameters.map((p) => p.id));
	const venues = yamlFiles(join(root, 'meal-venues')).map((file) => {
		files.push(file);
		const venue = readYaml(file, venueFileSchema);
		if (!file.endsWith(`/${venue.id}.yaml`)) {
			throw new Error(`${file}: the file must be named after its id (${venue.id}.yaml)`);
		}
		checkReference(file, venue.access, references);
		for (const id of [...Object.values(venue.prices), venue.daysOpen]) {
			if (!ids.has(id)) throw new Error(`${file}: no parameter ${id} in ${root}/parameters/`);
		}
		return venue;
	});
	venues.sort((a, b) => a.order - b.order);
	return { references, parameters, venues, files };
}

function checkReference(
	file: string,
	fact: { status: string; reference: { page: string; section?: string }; quote?: string },
	references: Record<string, ReferenceEntry>
) {
	const page = references[fact.reference.page];
	if (!page) throw new Error(`${file}: no page ${fact.reference.page} in references.yaml`);
	const expected = {
		confirmed: 'source-page',
		unconfirmed: 'source-page',
		method: 'method',
		published: 'external'
	}[fact.status];
	if (page.kind !== expected) {
		throw new Error(`${file}: a ${fact.status} fact cites a ${expected} page, not ${page.kind}`);
	}
	if (page.kind !== 'source-page' && !page.url) {
		throw new Error(`${file}: ${fact.reference.page} is cited without an address (url)`);
	}
	if (page.kind === 'source-page' && !fact.reference.section) {
		throw new Error(`${file}: a fact from a source page names its section`);
	}
}

/** The newest date a value takes effect: the version of the rules a result states. */
export function rulesVersion(book: RuleBookData): string {
	const dates = book.parameters.flatMap((p) => p.values.map((v) => v.from ?? ''));
	return dates.reduce((newest, date) => (date > newest ? date : newest), '');
}

/** The calculators' module: numbers, dates, statuses and references, without words. */
export function numbersModule(book: RuleBookData): string {
	const parameters = Object.fromEntries(
		book.parameters.map((p) => [
			p.id,
			{
				id: p.id,
				unit: p.unit,
				values: p.values.map((v) => ({
					from: v.from,
					value: v.value,
					status: v.status,
					reference: {
						...v.reference,
						kind: book.references[v.reference.page]!.kind,
						url: book.references[v.reference.page]!.url
					},
					checked: v.checked
				}))
			}
		])
	);
	const venues = book.venues.map((v) => ({
		id: v.id,
		municipality: v.municipality,
		access: {
			rule: v.access.rule,
			status: v.access.status,
			reference: {
				...v.access.reference,
				kind: book.references[v.access.reference.page]!.kind,
				url: book.references[v.access.reference.page]!.url
			},
			checked: v.access.checked
		},
		prices: v.prices,
		daysOpen: v.daysOpen
	}));
	return [
		`export const PARAMETERS = ${JSON.stringify(parameters)};`,
		`export const VENUES = ${JSON.stringify(venues)};`,
		`export const RULES_VERSION = ${JSON.stringify(rulesVersion(book))};`
	].join('\n');
}

/** The words the widgets show, per language: page titles and venue names. */
export function wordsFor(book: RuleBookData, lang: Lang) {
	return {
		references: Object.fromEntries(
			Object.entries(book.references).map(([key, r]) => [key, r.title[lang]])
		),
		venues: Object.fromEntries(
			book.venues.map((v) => [v.id, { name: v.name[lang], shortName: v.shortName[lang] }])
		)
	};
}

export function wordsModule(book: RuleBookData, langs: readonly Lang[]): string {
	const words = Object.fromEntries(langs.map((lang) => [lang, wordsFor(book, lang)]));
	return `export const WORDS = ${JSON.stringify(words)};`;
}

/** Everything in one language, quotes included: the rule book as the Sources page shows it. */
export function bookFor(book: RuleBookData, lang: Lang) {
	const references = Object.fromEntries(
		Object.entries(book.references).map(([key, r]) => [
			key,
			{ title: r.title[lang], url: r.url, kind: r.kind }
		])
	);
	return {
		rulesVersion: rulesVersion(book),
		references,
		parameters: book.parameters.map((p) => ({
			id: p.id,
			unit: p.unit,
			description: p.description[lang],
			values: p.values
		})),
		venues: book.venues.map((v) => ({
			id: v.id,
			municipality: v.municipality,
			name: v.name[lang],
			access: v.access
		}))
	};
}
export type BookInOneLanguage = ReturnType<typeof bookFor>;

const NUMBERS = 'virtual:aid/rule-book';
const WORDS = 'virtual:aid/rule-book-words';
const ONE_LANGUAGE = /^virtual:aid\/rule-book\/([a-z]+)$/;

/**
 * The Vite plugin that serves the modules above. `lang` restricts the words to one language (the
 * one-language builds); `root` is the data folder.
 */
export function ruleBook(options: { root?: string; lang?: Lang } = {}): Plugin {
	const root = resolve(options.root ?? 'data');
	return {
		name: 'aid-rule-book',
		resolveId(id) {
			if (id === NUMBERS || id === WORDS || ONE_LANGUAGE.test(id)) return `\0${id}`;
			return null;
		},
		load(id) {
			if (!id.startsWith('\0virtual:aid/rule-book')) return null;
			const book = loadRuleBook(root);
			for (const file of book.files) this.addWatchFile(file);
			const name = id.slice(1);
			if (name === NUMBERS) return numbersModule(book);
			if (name === WORDS) return wordsModule(book, options.lang ? [options.lang] : LANGS);
			const lang = ONE_LANGUAGE.exec(name)?.[1] as Lang;
			if (!LANGS.includes(lang)) throw new Error(`${name}: no such language`);
			return `export const BOOK = ${JSON.stringify(bookFor(book, lang))};`;
		},
		// An edited data file reloads the modules built from it (npm run dev).
		handleHotUpdate({ file, server }) {
			if (!file.startsWith(root)) return;
			for (const id of [NUMBERS, WORDS, ...LANGS.map((l) => `${NUMBERS}/${l}`)]) {
				const module = server.moduleGraph.getModuleById(`\0${id}`);
				if (module) server.moduleGraph.invalidateModule(module);
			}
			server.ws.send({ type: 'full-reload' });
			return [];
		}
	};
}

/**
 * The service directory's data files (data/services/), read at build time: parsed with `yaml`,
 * validated with the finder's zod schemas, their links checked. Vite serves the result as the module
 * `virtual:aid-directory` (see directoryPlugin below); nothing parses YAML in the browser.
 *
 * Layout: `index.yaml` lists the municipalities in order; each has a folder with `municipality.yaml`
 * (its name, its source pages, its services in source order), `organisations.yaml` (a list) and one
 * `<service-id>.yaml` per service. Another OCMW/CPAS adds a folder: no code changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { z } from 'zod/mini';
import {
	entrySchema,
	municipalitySchema,
	organisationSchema,
	type DirectoryData,
	type Entry,
	type Municipality,
	type Organisation
} from '../calc/finder/schema.ts';
import type { Lang } from '../i18n/lang';
import { linkProblems } from '../calc/finder/links.ts';

export const SERVICES_ROOT = 'data/services';

const indexSchema = z.strictObject({
	municipalities: z.array(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)))
});

/** Every problem in the data, each naming its file: the build stops on the first load. */
export class DirectoryDataError extends Error {
	constructor(readonly problems: string[]) {
		super(`The service data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
		this.name = 'DirectoryDataError';
	}
}

function readYaml(file: string, problems: string[]): unknown {
	try {
		return parse(readFileSync(file, 'utf8'));
	} catch (error) {
		problems.push(`${file}: ${(error as Error).message}`);
		return undefined;
	}
}

function validated<T>(
	schema: z.ZodMiniType<T>,
	value: unknown,
	where: string,
	problems: string[]
): T | undefined {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		problems.push(`${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
	}
	return undefined;
}

/** The files a load reads (for Vite to rebuild when one changes). */
export function directoryFiles(root = SERVICES_ROOT): string[] {
	const files = [join(root, 'index.yaml')];
	for (const folder of readdirSync(root, { withFileTypes: true })) {
		if (!folder.isDirectory()) continue;
		for (const file of readdirSync(join(root, folder.name))) {
			if (file.endsWith('.yaml')) files.push(join(root, folder.name, file));
		}
	}
	return files;
}

/** Reads, validates and links the data under `root`; throws DirectoryDataError with every problem. */
export function loadDirectory(root = SERVICES_ROOT): DirectoryData {
	const problems: string[] = [];
	const index = validated(
		indexSchema,
		readYaml(join(root, 'index.yaml'), problems),
		join(root, 'index.yaml'),
		problems
	);
	if (!index) throw new DirectoryDataError(problems);

	const municipalities: Municipality[] = [];
	const organisations: Organisation[] = [];
	const entries: Entry[] = [];
	const pagesOf = new Map<string, Set<string>>();

	for (const id of index.municipalities) {
		const folder = join(root, id);
		const municipalityFile = join(folder, 'municipality.yaml');
		const municipality = validated(
			municipalitySchema,
			readYaml(municipalityFile, problems),
			municipalityFile,
			problems
		);
		if (!municipality) continue;
		if (municipality.id !== id) problems.push(`${municipalityFile}: id must be "${id}"`);
		municipalities.push(municipality);
		pagesOf.set(id, new Set(municipality.sources.map((s) => s.id)));

		const orgFile = join(folder, 'organisations.yaml');
		const orgs = validated(
			z.array(organisationSchema),
			readYaml(orgFile, problems),
			orgFile,
			problems
		);
		organisations.push(...(orgs ?? []));

		const onDisk = new Set(
			readdirSync(folder)
				.filter((f) => f.endsWith('.yaml'))
				.filter((f) => f !== 'municipality.yaml' && f !== 'organisations.yaml')
				.map((f) => f.slice(0, -'.yaml'.length))
		);
		for (const serviceId of municipality.services) {
			const file = join(folder, `${serviceId}.yaml`);
			if (!onDisk.delete(serviceId)) {
				problems.push(`${municipalityFile}: service ${serviceId} has no file ${file}`);
				continue;
			}
			const entry = validated(entrySchema, readYaml(file, problems), file, problems);
			if (!entry) continue;
			if (entry.id !== serviceId) problems.push(`${file}: id must be "${serviceId}"`);
			if (!pagesOf.get(id)!.has(entry.source.page)) {
				problems.push(`${file}: source page ${entry.source.page} is not one of ${id}'s sources`);
			}
			entries.push(entry);
		}
		for (const stray of onDisk) {
			problems.push(`${join(folder, stray)}.yaml: not listed in ${municipalityFile} services`);
		}
	}

	problems.push(...linkProblems({ municipalities, organisations, entries }));
	if (problems.length > 0) throw new DirectoryDataError(problems);
	return { municipalities, organisations, entries };
}

type Projected<T> = T;

/**
 * The data in one language: every `{ nl, fr, en }` text keeps only `lang`, so a page or a widget
 * carries its own language's words only. Ids, quotes (Dutch, verbatim) and numbers stay.
 */
export function inLanguage<T>(value: T, lang: Lang): Projected<T> {
	if (Array.isArray(value)) return value.map((item) => inLanguage(item, lang)) as T;
	if (value === null || typeof value !== 'object') return value;
	const record = value as Record<string, unknown>;
	const keys = Object.keys(record);
	if (
		keys.length === 3 &&
		keys.every((k) => k === 'nl' || k === 'fr' || k === 'en') &&
		keys.every((k) => typeof record[k] === 'string')
	) {
		return { [lang]: record[lang] } as T;
	}
	return Object.fromEntries(keys.map((k) => [k, inLanguage(record[k], lang)])) as T;
}

/**
 * What a one-language page or widget carries: the data in that language, without the Dutch quotes
 * (the widget shows each fact's status and check date; the quotes are on the Sources page and in
 * the full build). The quote fields are then absent although the type names them: nothing in a
 * widget reads them.
 */
export function shippedDirectory(data: DirectoryData, lang: Lang): DirectoryData {
	const one = inLanguage(data, lang);
	return {
		...one,
		entries: one.entries.map((entry) => ({
			...entry,
			needs: entry.needs.map(({ need }) => ({ need }) as (typeof entry.needs)[number]),
			evidence: Object.fromEntries(
				Object.entries(entry.evidence).map(([group, fact]) => {
					const { quote: _quote, ...rest } = fact!;
					return [group, rest];
				})
			)
		}))
	};
}

export const DIRECTORY_MODULE = 'virtual:aid-directory';

/**
 * `virtual:aid-directory`: the directory, read from the data files at build time. With `lang`,
 * the one-language builds (islands, embed) carry that language only; without, every language
 * (the prerendered site, the tests).
 */
export function directoryPlugin(options: { lang?: Lang; root?: string } = {}): Plugin {
	const resolvedId = `\0${DIRECTORY_MODULE}`;
	const root = resolve(options.root ?? SERVICES_ROOT);
	return {
		name: 'aid-directory',
		resolveId(source) {
			return source === DIRECTORY_MODULE ? resolvedId : null;
		},
		load(id) {
			if (id !== resolvedId) return null;
			for (const file of directoryFiles(root)) this.addWatchFile(file);
			const data = loadDirectory(root);
			const shipped = options.lang ? shippedDirectory(data, options.lang) : data;
			return `export default ${JSON.stringify(shipped)};`;
		}
	};
}

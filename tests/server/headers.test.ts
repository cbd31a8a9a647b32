// The host files the build writes (scripts/headers.mjs) say what our server sends: each file's
// headers, read back from build/_headers as Netlify and Cloudflare Pages apply it, and from the
// nginx snippet as nginx picks a location, equal those of headersFor, the rules serve.mjs uses.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A plain .mjs build script, imported by a path TypeScript does not follow (it is not typed). */
const HEADERS_MODULE = '../../scripts/headers.mjs';
const headers: unknown = await import(/* @vite-ignore */ HEADERS_MODULE);

type Headers = Record<string, string>;
interface Rule {
	path: string;
	why: string;
	headers: Headers;
	regexp: RegExp;
}
const {
	buildRules,
	builtFiles,
	checkRules,
	headersFor,
	patternToRegExp,
	writeHostFiles,
	HOST_FILES,
	IMMUTABLE
} = headers as {
	buildRules(root: string): Rule[];
	builtFiles(root: string): string[];
	checkRules(rules: Rule[], files: string[]): string[];
	headersFor(rules: Rule[], url: string): Headers;
	patternToRegExp(pattern: string): RegExp;
	writeHostFiles(root: string): unknown;
	HOST_FILES: string[];
	IMMUTABLE: string;
};

const meta = (policy: string) =>
	`<!doctype html><meta http-equiv="content-security-policy" content="${policy}"><p>x</p>`;
const FILES: Record<string, string> = {
	'index.html': meta("default-src 'self'; script-src 'self' 'sha256-root='"),
	'nl/index.html': meta("default-src 'self'; script-src 'self' 'sha256-nl='"),
	'nl/maaltijden/index.html': meta("default-src 'self'"),
	'embed/meal-cost/index.html': meta("default-src 'self'"),
	'embed/loader.js': '//',
	'embed/manifest.json': '{}',
	'embed/styles/base.css': '',
	'embed/nl/aid-meal-cost.js': '//',
	'embed/nl/chunks/runtime-Ab12Cd34.js': '//',
	'islands/nl/meal-cost.js': '//',
	'islands/nl/chunks/island-Zz_9-aB1.js': '//',
	'_app/immutable/chunks/B7iPM5bU.js': '//',
	'_app/immutable/assets/0.CVePtSCl.css': '',
	'_app/version.json': '{}',
	'service-worker.js': '//',
	'favicon.svg': '<svg/>'
};

let root: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'aid-headers-'));
	for (const [file, content] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), content);
	}
	writeHostFiles(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const urlOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');
const served = () => builtFiles(root).filter((file) => !HOST_FILES.includes(file));

/** build/_headers applied as the hosts do: every matching block; no header is set twice (checked). */
function fromNetlifyFile(url: string): Headers {
	const result: Headers = {};
	const blocks = readFileSync(join(root, '_headers'), 'utf8')
		.split('\n\n')
		.map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
		.filter((lines) => lines.length > 0);
	for (const [path = '', ...lines] of blocks) {
		if (!patternToRegExp(path).test(url)) continue;
		for (const line of lines) {
			const [name = '', ...value] = line.trim().split(': ');
			expect(result[name], `${url}: ${name} set twice`).toBeUndefined();
			result[name] = value.join(': ');
		}
	}
	return result;
}

/** The nginx snippet as nginx chooses: exact location, else the first matching regex, else `/`. */
function fromNginx(file: string): Headers {
	const conf = readFileSync(join(root, '_nginx-headers.conf'), 'utf8');
	const locations = [
		...conf.matchAll(/^location (=|~)? ?("(?:[^"\\]|\\.)*"|\S+) \{\n([\s\S]*?)^\}/gm)
	];
	const parse = (body = '') =>
		Object.fromEntries(
			[...body.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map(([, n, v = '']) => [
				n,
				v.replace(/\\(.)/g, '$1')
			])
		);
	const exact = locations.find(([, kind, match]) => kind === '=' && match === file);
	if (exact) return parse(exact[3]);
	const regex = locations.find(
		([, kind, match]) =>
			kind === '~' && new RegExp((match ?? '').slice(1, -1).replace(/\\(.)/g, '$1')).test(file)
	);
	if (regex) return parse(regex[3]);
	return parse(locations.find(([, kind, match]) => !kind && match === '/')![3]);
}

describe('one definition of the headers', () => {
	it('the rules of this build have no conflict', () => {
		expect(checkRules(buildRules(root), served())).toEqual([]);
	});

	it('build/_headers gives every file the headers our server sends (hosts default to no-cache)', () => {
		const rules = buildRules(root);
		for (const file of served()) {
			const expected = headersFor(rules, urlOf(file));
			const fromFile = fromNetlifyFile(urlOf(file));
			fromFile['Cache-Control'] ??= 'no-cache';
			expect(fromFile, file).toEqual(expected);
		}
	});

	it('the nginx snippet gives every file the headers our server sends', () => {
		const rules = buildRules(root);
		for (const file of served())
			expect(fromNginx(file), file).toEqual(headersFor(rules, urlOf(file)));
	});

	it('hashed files are immutable, stable names revalidated, widget files cross-origin', () => {
		const rules = buildRules(root);
		const cache = (url: string) => headersFor(rules, url)['Cache-Control'];
		expect(cache('/embed/nl/chunks/runtime-Ab12Cd34.js')).toBe(IMMUTABLE);
		expect(cache('/islands/nl/chunks/island-Zz_9-aB1.js')).toBe(IMMUTABLE);
		expect(cache('/_app/immutable/chunks/B7iPM5bU.js')).toBe(IMMUTABLE);
		for (const url of [
			'/embed/loader.js',
			'/embed/nl/aid-meal-cost.js',
			'/islands/nl/meal-cost.js',
			'/embed/manifest.json',
			'/service-worker.js',
			'/_app/version.json',
			'/nl/'
		])
			expect(cache(url), url).toBe('no-cache');
		expect(headersFor(rules, '/embed/styles/base.css')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor(rules, '/islands/nl/meal-cost.js')['Access-Control-Allow-Origin']).toBe(
			undefined
		);
	});

	it('each page has its own policy; only the iframe pages may be framed', () => {
		const rules = buildRules(root);
		expect(headersFor(rules, '/nl/')['Content-Security-Policy']).toBe(
			"default-src 'self'; script-src 'self' 'sha256-nl='; frame-ancestors 'none'"
		);
		expect(headersFor(rules, '/')['Content-Security-Policy']).toContain("'sha256-root='");
		expect(headersFor(rules, '/embed/meal-cost/')['Content-Security-Policy']).toBe(
			"default-src 'self'"
		);
		expect(headersFor(rules, '/embed/meal-cost/')['X-Frame-Options']).toBeUndefined();
	});

	it('refuses a stable name cached for ever, and two rules setting one header', () => {
		const rules = buildRules(root);
		expect(checkRules(rules, ['/embed/nl/chunks/runtime.js'])).toEqual([
			'/embed/nl/chunks/runtime.js: cached as immutable, but its name has no content hash'
		]);
		const clash = [
			...rules,
			{ path: '/embed/*', why: 'x', headers: { 'X-Content-Type-Options': 'sniff' } }
		].map((rule) => ({ ...rule, regexp: patternToRegExp(rule.path) }));
		expect(checkRules(clash, ['/embed/loader.js'])).toEqual([
			'/embed/loader.js: X-Content-Type-Options set by /* and /embed/*'
		]);
	});
});

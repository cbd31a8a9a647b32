// The site's response headers, defined once. `scripts/serve.mjs` (what `npm start` and the browser
// tests run) sends them, and the build writes them for static hosts: build/_headers (the format
// Netlify and Cloudflare Pages read) and build/_nginx-headers.conf (to include in an nginx server).
//
// Rules use the path patterns of _headers files: `*` matches the rest of a path, `:name` one
// segment. No two rules that match the same file may set the same header, because the hosts merge
// such rules differently (Netlify keeps the last, Cloudflare joins them with a comma): the build
// checks it. A file no rule gives a Cache-Control gets `no-cache`, which on Netlify and Cloudflare
// Pages is the default already (`public, max-age=0, must-revalidate`): the browser asks again,
// with the ETag, before using its copy.
//
// Usage: node scripts/headers.mjs [--root build]   (part of `npm run build`)
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

/** What the site never uses, turned off for it and anything it embeds (Chromium knows each name). */
const PERMISSIONS_OFF = [
	'accelerometer',
	'autoplay',
	'bluetooth',
	'browsing-topics',
	'camera',
	'display-capture',
	'encrypted-media',
	'fullscreen',
	'geolocation',
	'gyroscope',
	'hid',
	'idle-detection',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'picture-in-picture',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'xr-spatial-tracking'
];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * The rules that do not depend on the build. Content-hashed files are those Vite names with a hash:
 * SvelteKit's /_app/immutable/ and the islands' and widgets' chunks ({lang}/chunks/<name>-<hash>.js,
 * see vite.embed.config.ts). The stable names partners and pages reference (loader.js, the widgets
 * {lang}/aid-<widget>.js, the islands {lang}/<widget>.js, the stylesheets, the manifests, the
 * service worker, every page) change content under the same name, so they are revalidated.
 */
export const STATIC_RULES = [
	{
		path: '/*',
		why: 'every response',
		headers: {
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'no-referrer'
		}
	},
	{ path: '/_app/immutable/*', why: 'hashed', headers: { 'Cache-Control': IMMUTABLE } },
	{ path: '/islands/:lang/chunks/*', why: 'hashed', headers: { 'Cache-Control': IMMUTABLE } },
	{ path: '/embed/:lang/chunks/*', why: 'hashed', headers: { 'Cache-Control': IMMUTABLE } },
	{
		// Partner pages load the widgets as module scripts (CORS, Subresource Integrity) and link their
		// stylesheets from another origin; EMBEDDING.md lists these headers for self-hosting.
		path: '/embed/*',
		why: 'widget files, loaded by partner sites',
		headers: {
			'Access-Control-Allow-Origin': '*',
			'Cross-Origin-Resource-Policy': 'cross-origin'
		}
	}
];

/** A hashed file's name: Vite's `[name]-[hash]`, SvelteKit's `[hash]` or `[name].[hash]`, 8 characters. */
const HASHED_NAME = /[/.-][\w-]{8}\.(?:js|css|json|svg|woff2)$/;

/** The files the build writes for hosts, never served as content. */
export const HOST_FILES = ['/_headers', '/_nginx-headers.conf'];

/** The iframe pages partners frame (EMBEDDING.md): /embed/<widget>/. */
const FRAMED_PAGE = /^\/embed\/[^/]+\/$/;

/** RegExp of a _headers path pattern (`*` any rest, `:name` one segment), anchored. */
export function patternToRegExp(pattern) {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => {
			if (part === '*') return '.*';
			if (part.startsWith(':')) return '[^/]+';
			return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('');
	return new RegExp(`^${source}$`);
}

/** Every file under root, as URL paths (`/nl/index.html`), without precompressed twins. */
export function builtFiles(root) {
	const found = [];
	const walk = (dir) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (!/\.(br|gz)$/.test(name))
				found.push(`/${relative(root, path).split(sep).join('/')}`);
		}
	};
	walk(root);
	return found.sort();
}

const decodeAttribute = (value) =>
	value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

/**
 * A page's Content-Security-Policy as a header: the policy SvelteKit wrote into its <meta> (from
 * kit.csp in svelte.config.js, with the hashes of that page's own inline scripts), plus what a
 * <meta> cannot say: who may frame it. Nobody, except the iframe pages partners embed.
 */
export function pageCsp(html, urlPath) {
	const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
	const policy = meta ? decodeAttribute(meta[1]) : "default-src 'self'";
	return FRAMED_PAGE.test(urlPath) ? policy : `${policy}; frame-ancestors 'none'`;
}

/** The page rules of a build: one per HTML page, at the URL it is served at (`/nl/`). */
export function pageRules(root) {
	return builtFiles(root)
		.filter((file) => file.endsWith('.html'))
		.map((file) => {
			const path = file.replace(/(^|\/)index\.html$/, '$1');
			const html = readFileSync(join(root, file), 'utf8');
			const headers = {
				'Content-Security-Policy': pageCsp(html, path),
				// Documents only: a policy on a script or stylesheet response would do nothing.
				'Permissions-Policy': PERMISSIONS_OFF.map((feature) => `${feature}=()`).join(', ')
			};
			if (!FRAMED_PAGE.test(path)) headers['X-Frame-Options'] = 'DENY';
			return { path, why: 'page', headers };
		});
}

/** All rules of a build, each with its compiled pattern. */
export function buildRules(root) {
	return [...STATIC_RULES, ...pageRules(root)].map((rule) => ({
		...rule,
		regexp: patternToRegExp(rule.path)
	}));
}

/** The headers of the response at a URL path (`/nl/`, `/embed/loader.js`). */
export function headersFor(rules, urlPath) {
	const headers = {};
	for (const rule of rules) if (rule.regexp.test(urlPath)) Object.assign(headers, rule.headers);
	headers['Cache-Control'] ??= REVALIDATE;
	return headers;
}

/** A page's URL for a built file: /nl/index.html is served at /nl/. */
const urlOf = (file) => file.replace(/(^|\/)index\.html$/, '$1');

/**
 * Problems with the rules for this build: two rules setting one header on one file, or an
 * immutable rule on a file whose name carries no content hash (it would stay cached for a year).
 */
export function checkRules(rules, files) {
	const problems = [];
	for (const file of files) {
		const url = urlOf(file);
		const setBy = {};
		for (const rule of rules.filter((r) => r.regexp.test(url))) {
			for (const name of Object.keys(rule.headers)) {
				if (setBy[name]) problems.push(`${url}: ${name} set by ${setBy[name]} and ${rule.path}`);
				setBy[name] = rule.path;
			}
		}
		if (headersFor(rules, url)['Cache-Control'] === IMMUTABLE && !HASHED_NAME.test(file))
			problems.push(`${url}: cached as immutable, but its name has no content hash`);
	}
	return problems;
}

/** build/_headers: one block per rule, as Netlify and Cloudflare Pages read it. */
export function netlifyHeaders(rules) {
	const blocks = rules.map(
		(rule) =>
			`# ${rule.why}\n${rule.path}\n${Object.entries(rule.headers)
				.map(([name, value]) => `  ${name}: ${value}`)
				.join('\n')}`
	);
	return (
		'# Generated by scripts/headers.mjs (npm run build) from the rules scripts/serve.mjs sends.\n' +
		'# Every other file keeps the host default Cache-Control (max-age=0, must-revalidate).\n\n' +
		`${blocks.join('\n\n')}\n`
	);
}

const nginxQuote = (value) => `"${value.replace(/["\\$]/g, '\\$&')}"`;
const nginxRegex = (value) => value.replace(/["\\$]/g, '\\$&');

/**
 * build/_nginx-headers.conf, to include inside the `server` block whose root is build/. nginx uses
 * one location per request and a location's add_header replaces the server's, so each location
 * carries its complete header set: one exact location per page (after nginx's index redirect,
 * /nl/ is served as /nl/index.html), then one regex location per distinct set of matching rules
 * (lookaheads: all of its rules and none of the others), then `/` for everything else.
 */
export function nginxConf(rules, files) {
	const staticRules = rules.filter((rule) => rule.why !== 'page');
	const locations = [];
	const block = (match, headers) =>
		`location ${match} {\n${Object.entries(headers)
			.map(([name, value]) => `\tadd_header ${name} ${nginxQuote(value)} always;`)
			.join('\n')}\n}`;
	for (const file of files.filter((f) => f.endsWith('.html')))
		locations.push(block(`= ${file}`, headersFor(rules, urlOf(file))));
	// One regex location per set of rules that some file matches beyond `/*`, with that file's headers.
	const signatures = new Map();
	for (const file of files.filter((f) => !f.endsWith('.html') && !HOST_FILES.includes(f))) {
		const matching = staticRules.map((rule) => rule.regexp.test(file));
		if (matching.filter(Boolean).length > 1 && !signatures.has(matching.join()))
			signatures.set(matching.join(), { matching, file });
	}
	for (const { matching, file } of signatures.values()) {
		const lookaheads = staticRules
			.map((rule, i) => `(?${matching[i] ? '=' : '!'}${rule.regexp.source})`)
			.join('');
		locations.push(block(`~ "${nginxRegex(lookaheads)}"`, headersFor(staticRules, file)));
	}
	locations.push(block('/', headersFor(staticRules, '/')));
	return (
		'# Generated by scripts/headers.mjs (npm run build) from the rules scripts/serve.mjs sends.\n' +
		'# Include inside the server block whose root is this build/ folder:\n' +
		'#   root /srv/aid/build;  include /srv/aid/build/_nginx-headers.conf;\n' +
		'# Precompressed twins (.gz, .br) written by scripts/compress.mjs:\n' +
		'gzip_static on;\n' +
		'# brotli_static on;   # with the ngx_brotli module\n' +
		'etag on;\n' +
		'charset utf-8;\n' +
		'charset_types text/css text/plain application/javascript application/json image/svg+xml;\n' +
		`${HOST_FILES.map((file) => `location = ${file} { return 404; }`).join('\n')}\n\n` +
		`${locations.join('\n\n')}\n`
	);
}

/** Writes build/_headers and build/_nginx-headers.conf; fails on a rule conflict. */
export function writeHostFiles(root) {
	const rules = buildRules(root);
	const files = builtFiles(root).filter((file) => !HOST_FILES.includes(file));
	const problems = checkRules(rules, files);
	if (problems.length > 0) throw new Error(`Header rules:\n${problems.join('\n')}`);
	writeFileSync(join(root, '_headers'), netlifyHeaders(rules));
	writeFileSync(join(root, '_nginx-headers.conf'), nginxConf(rules, files));
	return { rules: rules.length, files: files.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({ options: { root: { type: 'string', default: 'build' } } });
	const root = resolve(values.root);
	if (!existsSync(root)) {
		console.error(`No ${root}: run the build first.`);
		process.exit(1);
	}
	try {
		const { rules, files } = writeHostFiles(root);
		console.log(`Headers: ${rules} rules for ${files} files → _headers, _nginx-headers.conf`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}

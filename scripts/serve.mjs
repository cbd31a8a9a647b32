// Serves the built site (build/) on http://localhost:4173/: what `npm start` and the browser tests
// run. sirv serves the files (only those found at start-up, so no path can leave the folder; the
// precompressed .br/.gz twins by Accept-Encoding; ETag and Last-Modified). Our code only reads the
// request line, maps a URL to a built file, and adds the headers of scripts/headers.mjs (the same
// rules the build writes to _headers and the nginx snippet). A bad request gets a 400, an
// unexpected error a 500, and the server goes on serving.
// Files are indexed at start-up, as sirv does: restart after a rebuild.
// Usage: node scripts/serve.mjs [--port 4173] [--host localhost] [--root build]
//        (--port 0 takes a free port; the first line printed names it)
import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { buildRules, builtFiles, headersFor, HOST_FILES } from './headers.mjs';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: process.env.HOST ?? 'localhost' },
		root: { type: 'string', default: 'build' }
	}
});
const root = resolve(values.root);

/** Longer than any URL of the site (an /embed/ page with every parameter is under 2 KB). */
const MAX_URL_LENGTH = 8 * 1024;
const ALLOW = 'GET, HEAD, OPTIONS';

const files = new Set(builtFiles(root).filter((file) => !HOST_FILES.includes(file)));
const rules = buildRules(root);
/** The headers of every response, for answers that are not files (errors). */
const COMMON = headersFor(
	rules.filter((rule) => rule.path === '/*'),
	'/'
);
const serveFile = sirv(root, { dev: false, etag: true, brotli: true, gzip: true, extensions: [] });

class BadRequest extends Error {}

/** The decoded path of a request target, or BadRequest: only origin-form, every segment decodable. */
function pathOf(target) {
	if (target.length > MAX_URL_LENGTH) throw new BadRequest('URL too long');
	if (!target.startsWith('/') || target.startsWith('//')) throw new BadRequest('Bad path');
	const raw = target.split(/[?#]/, 1)[0];
	const segments = raw.split('/').map((segment) => {
		let decoded;
		try {
			decoded = decodeURIComponent(segment);
		} catch {
			throw new BadRequest('Bad percent-encoding');
		}
		// An encoded slash, backslash, NUL or dot segment never names a file of the site.
		if (/[/\\\0]/.test(decoded) || decoded === '.' || decoded === '..')
			throw new BadRequest('Bad path segment');
		return decoded;
	});
	return segments.join('/');
}

/** The built file a URL path names, or a redirect to the URL a page is served at. */
function resolveFile(path) {
	if (path.endsWith('/')) {
		return files.has(`${path}index.html`) ? { file: `${path}index.html` } : null;
	}
	if (path.endsWith('/index.html') && files.has(path)) return { redirect: path.slice(0, -10) };
	if (files.has(path)) return { file: path };
	// /nl → /nl/, as static hosts do, so that relative links resolve the same way.
	if (files.has(`${path}/index.html`)) return { redirect: `${path}/` };
	return null;
}

/** Whether a request's validators (RFC 9110 §13.1.2, §13.1.3) match the file's. */
function notModified(ifNoneMatch, ifModifiedSince, headers) {
	const etag = headers.ETag;
	if (ifNoneMatch !== undefined) {
		if (!etag) return false;
		const weak = (tag) => tag.trim().replace(/^W\//, '');
		return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => weak(t) === weak(etag));
	}
	if (ifModifiedSince !== undefined && headers['Last-Modified']) {
		const since = Date.parse(ifModifiedSince);
		return !Number.isNaN(since) && Date.parse(headers['Last-Modified']) <= since;
	}
	return false;
}

const TEXT_TYPE = /^(?:text\/|application\/(?:json|manifest\+json|javascript)|image\/svg\+xml)/;

function plain(res, status, text, headers = {}) {
	res.writeHead(status, {
		...COMMON,
		'Content-Type': 'text/plain; charset=utf-8',
		'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
		'Cache-Control': 'no-store',
		...headers
	});
	res.end(text);
}

function handle(req, res) {
	const path = pathOf(req.url ?? '');
	if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS')
		return plain(res, 405, 'Method not allowed\n', { Allow: ALLOW });
	const found = resolveFile(path);
	if (found?.redirect) {
		const query = req.url.slice(req.url.split(/[?#]/, 1)[0].length);
		res.writeHead(308, { ...headersFor(rules, found.redirect), Location: found.redirect + query });
		return res.end();
	}
	if (!found) return plain(res, 404, 'Not found\n');
	const url = found.file.replace(/(^|\/)index\.html$/, '$1');
	const headers = headersFor(rules, url);
	if (req.method === 'OPTIONS') {
		res.writeHead(204, {
			...headers,
			Allow: ALLOW,
			...(headers['Access-Control-Allow-Origin'] && {
				'Access-Control-Allow-Methods': ALLOW,
				'Access-Control-Max-Age': '86400'
			})
		});
		return res.end();
	}
	// The file was indexed at start-up; a rebuild since may have removed it.
	const info = statSync(join(root, found.file), { throwIfNoEntry: false });
	if (!info) return plain(res, 404, 'Not found (rebuilt: restart the server)\n');
	if (!info.isFile()) throw new Error(`${found.file} is no longer a file`);

	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	// Conditional requests are answered here, with every validator form (sirv compares one
	// If-None-Match string only): sirv decides the file and its validators, writeHead turns a
	// matching 200 into a 304 (Node then drops the body).
	const ifNoneMatch = req.headers['if-none-match'];
	const ifModifiedSince = req.headers['if-modified-since'];
	delete req.headers['if-none-match'];
	delete req.headers['if-modified-since'];
	// One plain byte range or none: sirv would pass a reversed range to the file stream.
	const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
	if (!range || (range[2] && Number(range[2]) < Number(range[1]))) delete req.headers.range;
	const writeHead = res.writeHead;
	res.writeHead = (status, fileHeaders = {}) => {
		if (status === 200 && notModified(ifNoneMatch, ifModifiedSince, fileHeaders)) {
			// A 304 updates the cached response: only what changes (RFC 9110 §15.4.5), so that a
			// partner page's second view costs a few hundred bytes per revalidated file.
			for (const name of res.getHeaderNames())
				if (!['cache-control', 'vary'].includes(name)) res.removeHeader(name);
			const { ETag, 'Last-Modified': lastModified } = fileHeaders;
			return writeHead.call(res, 304, { ETag, 'Last-Modified': lastModified });
		}
		const type = fileHeaders['Content-Type'];
		if (!type) fileHeaders['Content-Type'] = 'application/octet-stream';
		else if (TEXT_TYPE.test(type))
			fileHeaders['Content-Type'] = `${type.replace(/;.*$/, '')}; charset=utf-8`;
		return writeHead.call(res, status, fileHeaders);
	};
	// A file that cannot be read once headers are out: end the connection, keep the server.
	res.on('pipe', (source) =>
		source.on('error', (error) => {
			console.error(`Reading ${found.file}: ${error.message}`);
			res.destroy();
		})
	);
	req.url = found.file;
	serveFile(req, res, () => plain(res, 404, 'Not found\n'));
}

const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
	res.on('error', (error) => console.error(`Response: ${error.message}`));
	try {
		handle(req, res);
	} catch (error) {
		if (error instanceof BadRequest) return plain(res, 400, `Bad request: ${error.message}\n`);
		console.error(`${req.method} ${req.url?.slice(0, 200)}:`, error);
		if (res.headersSent) res.destroy();
		else plain(res, 500, 'Internal server error\n');
	}
});
// A request Node cannot parse: a 400 (431 for oversized headers), then close that connection.
server.on('clientError', (error, socket) => {
	if (!socket.writable) return socket.destroy();
	const status =
		error.code === 'HPE_HEADER_OVERFLOW'
			? '431 Request Header Fields Too Large'
			: '400 Bad Request';
	socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
});

server.listen(Number(values.port), values.host, () => {
	const { port } = server.address();
	console.log(`Serving ${root} at http://${values.host}:${port}/`);
});

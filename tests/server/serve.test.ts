// The real server (scripts/serve.mjs, as `npm start` runs it) on a free port, against a small build
// written here and prepared by the build's own steps (scripts/headers.mjs, scripts/compress.mjs),
// driven with the hostile requests of issue 12 over raw sockets, so that nothing normalises them.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PAGE_POLICY =
	"default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; object-src 'none'";
const page = (title: string) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${PAGE_POLICY}">` +
	`<title>${title}</title></head><body>${'<p>Wat kost een maaltijd?</p>'.repeat(200)}</body></html>`;

const FILES: Record<string, string> = {
	'index.html': page('home'),
	'nl/index.html': page('nl'),
	'fr/été/index.html': page('été'),
	'embed/meal-cost/index.html': page('framed widget'),
	'embed/loader.js': `export const loader = ${JSON.stringify('x'.repeat(3000))};\n`,
	'embed/styles/base.css': `.aid-widget { color: #222; }\n`.repeat(100),
	'embed/nl/chunks/runtime-Ab12Cd34.js': 'export const runtime = 1;\n'.repeat(100),
	'_app/immutable/chunks/Xy12Zw34.js': 'export const kit = 1;\n'.repeat(100),
	'replaced.txt': 'a file that becomes a folder while the server runs\n'
};
const SECRET = 'the neighbouring folder must never be served';

let dir: string;
let root: string;
let server: ChildProcess;
let port: number;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'aid-serve-'));
	root = join(dir, 'build');
	for (const [file, content] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), content);
	}
	mkdirSync(join(dir, 'build-private'));
	writeFileSync(join(dir, 'build-private', 'secret.txt'), SECRET);
	execFileSync('node', ['scripts/headers.mjs', '--root', root]);
	execFileSync('node', ['scripts/compress.mjs', '--root', root]);
	server = spawn('node', ['scripts/serve.mjs', '--port', '0', '--root', root]);
	port = await new Promise<number>((resolve, reject) => {
		let out = '';
		server.stdout!.on('data', (chunk) => {
			out += chunk;
			const match = /localhost:(\d+)\//.exec(out);
			if (match) resolve(Number(match[1]));
		});
		server.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
	});
}, 30_000);

afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

interface Answer {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/** One request written byte for byte on a socket (no client rewrites the target), read to close. */
function raw(
	target: string,
	method = 'GET',
	headers: Record<string, string> = {}
): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, 'localhost');
		const chunks: Buffer[] = [];
		socket.on('data', (chunk: Buffer) => chunks.push(chunk));
		socket.on('error', reject);
		socket.on('close', () => {
			const all = Buffer.concat(chunks);
			const end = all.indexOf('\r\n\r\n');
			const [statusLine = '', ...lines] = all.subarray(0, end).toString('latin1').split('\r\n');
			const parsed: Record<string, string> = {};
			for (const line of lines) {
				const colon = line.indexOf(':');
				parsed[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
			}
			resolve({
				status: Number(statusLine.split(' ')[1]),
				headers: parsed,
				body: all.subarray(end + 4)
			});
		});
		const head = Object.entries({ Host: `localhost:${port}`, Connection: 'close', ...headers })
			.map(([name, value]) => `${name}: ${value}\r\n`)
			.join('');
		socket.write(Buffer.from(`${method} ${target} HTTP/1.1\r\n${head}\r\n`, 'latin1'));
	});
}

const original = (file: string) => readFileSync(join(root, file));

describe('hostile requests get a 400 and the server goes on serving', () => {
	it.each([
		['/%'],
		['/%zz'],
		['//a%'],
		['/fr/%E9t%E9'],
		['/nl/%00'],
		['/..%2fbuild-private%2fsecret.txt'],
		['/%2e%2e/build-private/secret.txt'],
		['/../build-private/secret.txt'],
		['/nl/..%5c..%5cbuild-private%5csecret.txt'],
		[`/${'a'.repeat(16 * 1024)}`],
		['http://localhost/']
	])('%s', async (target) => {
		const answer = await raw(target);
		expect(answer.status).toBe(400);
		expect(answer.body.toString()).not.toContain(SECRET);
		expect(answer.headers['x-content-type-options']).toBe('nosniff');
		expect((await raw('/')).status).toBe(200);
	});

	it('a raw NUL byte in the request line', async () => {
		const answer = await raw('/nl/\0/');
		expect(answer.status).toBe(400);
		expect((await raw('/')).status).toBe(200);
	});

	it('a valid UTF-8 path still reaches its page', async () => {
		const answer = await raw('/fr/%C3%A9t%C3%A9/');
		expect(answer.status).toBe(200);
		expect(answer.body.toString()).toContain('<title>été</title>');
	});
});

describe('methods', () => {
	it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE'])('%s gets 405', async (m) => {
		const answer = await raw('/nl/', m, { 'Content-Length': '0' });
		expect(answer.status).toBe(405);
		expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
	});

	it('HEAD answers the headers of GET without a body', async () => {
		const get = await raw('/nl/', 'GET');
		const head = await raw('/nl/', 'HEAD');
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
		expect(head.headers['content-length']).toBe(String(original('nl/index.html').length));
		expect(head.headers.etag).toBe(get.headers.etag);
		expect(head.headers['content-security-policy']).toBe(get.headers['content-security-policy']);
	});

	it('OPTIONS on a widget file answers what a cross-origin client may do', async () => {
		const answer = await raw('/embed/loader.js', 'OPTIONS', { Origin: 'https://partner.example' });
		expect(answer.status).toBe(204);
		expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
		expect(answer.headers['access-control-allow-origin']).toBe('*');
		expect(answer.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
	});

	it('OPTIONS on a page answers Allow without CORS', async () => {
		const answer = await raw('/nl/', 'OPTIONS');
		expect(answer.status).toBe(204);
		expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
		expect(answer.headers['access-control-allow-origin']).toBeUndefined();
	});
});

describe('headers', () => {
	it('a page carries its own policy, may not be framed, and turns off unused features', async () => {
		const answer = await raw('/nl/');
		expect(answer.headers['content-security-policy']).toBe(
			`${PAGE_POLICY}; frame-ancestors 'none'`
		);
		expect(answer.headers['x-frame-options']).toBe('DENY');
		expect(answer.headers['x-content-type-options']).toBe('nosniff');
		expect(answer.headers['referrer-policy']).toBe('no-referrer');
		expect(answer.headers['permissions-policy']).toContain('camera=()');
		expect(answer.headers['permissions-policy']).toContain('geolocation=()');
		expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(answer.headers['cache-control']).toBe('no-cache');
		expect(answer.headers['access-control-allow-origin']).toBeUndefined();
	});

	it('the iframe page partners frame may be framed', async () => {
		const answer = await raw('/embed/meal-cost/');
		expect(answer.status).toBe(200);
		expect(answer.headers['content-security-policy']).toBe(PAGE_POLICY);
		expect(answer.headers['x-frame-options']).toBeUndefined();
	});

	it.each([
		['/embed/loader.js', 'text/javascript; charset=utf-8', 'no-cache'],
		['/embed/styles/base.css', 'text/css; charset=utf-8', 'no-cache'],
		[
			'/embed/nl/chunks/runtime-Ab12Cd34.js',
			'text/javascript; charset=utf-8',
			'public, max-age=31536000, immutable'
		]
	])('widget file %s: CORS, its type and caching', async (target, type, cache) => {
		const answer = await raw(target);
		expect(answer.status).toBe(200);
		expect(answer.headers['access-control-allow-origin']).toBe('*');
		expect(answer.headers['cross-origin-resource-policy']).toBe('cross-origin');
		expect(answer.headers['content-type']).toBe(type);
		expect(answer.headers['cache-control']).toBe(cache);
	});

	it('a hashed SvelteKit file is immutable, without CORS', async () => {
		const answer = await raw('/_app/immutable/chunks/Xy12Zw34.js');
		expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(answer.headers['access-control-allow-origin']).toBeUndefined();
	});

	it('a folder without its slash is redirected, query kept; index.html to its folder', async () => {
		const answer = await raw('/nl?params=1');
		expect(answer.status).toBe(308);
		expect(answer.headers.location).toBe('/nl/?params=1');
		expect((await raw('/nl/index.html')).headers.location).toBe('/nl/');
	});

	it('unknown paths and the host files are 404', async () => {
		expect((await raw('/nope/')).status).toBe(404);
		expect((await raw('/_headers')).status).toBe(404);
		expect((await raw('/_nginx-headers.conf')).status).toBe(404);
	});
});

describe('compression and revalidation', () => {
	it.each([
		['br, gzip', 'br', brotliDecompressSync],
		['gzip', 'gzip', gunzipSync],
		['identity', undefined, (b: Buffer) => b]
	])('Accept-Encoding %s', async (accept, encoding, decode) => {
		const answer = await raw('/embed/loader.js', 'GET', { 'Accept-Encoding': accept });
		expect(answer.headers['content-encoding']).toBe(encoding);
		expect(answer.headers.vary).toBe('Accept-Encoding');
		expect(decode(answer.body).equals(original('embed/loader.js'))).toBe(true);
		if (encoding) expect(answer.body.length).toBeLessThan(original('embed/loader.js').length / 5);
	});

	it('ETag and Last-Modified are answered with 304, in every validator form', async () => {
		const first = await raw('/nl/', 'GET', { 'Accept-Encoding': 'br' });
		const etag = first.headers.etag ?? '';
		expect(etag).toMatch(/^W\/".+"$/);
		expect(first.headers['last-modified']).toBeTruthy();
		for (const validator of [
			{ 'If-None-Match': etag },
			{ 'If-None-Match': `"other", ${etag}` },
			{ 'If-None-Match': etag.slice(2) },
			{ 'If-None-Match': '*' },
			{ 'If-Modified-Since': first.headers['last-modified'] ?? '' }
		] as Record<string, string>[]) {
			const again = await raw('/nl/', 'GET', { 'Accept-Encoding': 'br', ...validator });
			expect(again.status, JSON.stringify(validator)).toBe(304);
			expect(again.body.length).toBe(0);
			expect(again.headers.etag).toBe(etag);
			expect(again.headers['cache-control']).toBe('no-cache');
		}
		const changed = await raw('/nl/', 'GET', { 'Accept-Encoding': 'br', 'If-None-Match': '"x"' });
		expect(changed.status).toBe(200);
		const old = await raw('/nl/', 'GET', {
			'Accept-Encoding': 'br',
			'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT'
		});
		expect(old.status).toBe(200);
	});

	it('a reversed byte range is ignored rather than passed on', async () => {
		const answer = await raw('/embed/loader.js', 'GET', { Range: 'bytes=50-2' });
		expect(answer.status).toBe(200);
		expect(answer.body.equals(original('embed/loader.js'))).toBe(true);
	});
});

describe('under load and after an error', () => {
	it('answers 200 concurrent connections, each completely, and still answers after', async () => {
		const agent = new Agent({ maxSockets: 200 });
		const expected = original('nl/index.html');
		const one = () =>
			new Promise<Buffer>((resolve, reject) => {
				const req = request({ port, host: 'localhost', path: '/nl/', agent }, (res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk) => chunks.push(chunk));
					res.on('end', () =>
						res.statusCode === 200
							? resolve(Buffer.concat(chunks))
							: reject(new Error(`${res.statusCode}`))
					);
				});
				req.on('error', reject);
				req.end();
			});
		const bodies = await Promise.all(Array.from({ length: 200 }, one));
		agent.destroy();
		expect(bodies.every((body) => body.equals(expected))).toBe(true);
		expect((await raw('/')).status).toBe(200);
	});

	it('an unexpected error gets a 500, and the server goes on serving', async () => {
		rmSync(join(root, 'replaced.txt'));
		mkdirSync(join(root, 'replaced.txt'));
		expect((await raw('/replaced.txt')).status).toBe(500);
		expect((await raw('/')).status).toBe(200);
		expect(server.exitCode).toBeNull();
	});
});

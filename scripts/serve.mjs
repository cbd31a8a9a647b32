// Serves the built site (build/) on http://localhost:4173/ with no dependencies.
// Every response carries CORS headers, because partner pages load the embeddable widgets
// (/embed/…) from this origin as module scripts with Subresource Integrity.
// Usage: node scripts/serve.mjs [--port 4173] [--root build]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: process.env.HOST ?? 'localhost' },
		root: { type: 'string', default: 'build' }
	}
});
const root = resolve(values.root);
const port = Number(values.port);

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};

async function fileFor(pathname) {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (!path.startsWith(root)) return null;
	for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
		const info = await stat(candidate).catch(() => null);
		if (info?.isFile()) return { path: candidate, size: info.size };
	}
	return null;
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const headers = {
		'Access-Control-Allow-Origin': '*',
		'Cross-Origin-Resource-Policy': 'cross-origin',
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer'
	};
	if (req.method === 'OPTIONS') {
		res.writeHead(204, { ...headers, 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS' });
		return res.end();
	}
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, headers);
		return res.end();
	}
	// /nl → /nl/ as static hosts do, so relative links resolve the same way.
	let file = await fileFor(url.pathname);
	if (file && !url.pathname.endsWith('/') && file.path.endsWith('index.html')) {
		res.writeHead(308, { ...headers, Location: `${url.pathname}/${url.search}` });
		return res.end();
	}
	let status = 200;
	if (!file) {
		status = 404;
		file = await fileFor('/404.html');
	}
	if (!file) {
		res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
		return res.end('Not found');
	}
	const immutable = url.pathname.startsWith('/_app/immutable/');
	res.writeHead(status, {
		...headers,
		'Content-Type': TYPES[extname(file.path)] ?? 'application/octet-stream',
		'Content-Length': file.size,
		'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	if (req.method === 'HEAD') return res.end();
	createReadStream(file.path).pipe(res);
});

server.listen(port, values.host, () => {
	console.log(`Serving ${root} at http://${values.host}:${port}/`);
});

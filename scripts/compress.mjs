// Writes a brotli (.br) and a gzip (.gz) twin beside every text file of the build, at the highest
// levels (the build pays once, every visitor saves), so that `scripts/serve.mjs` (sirv), nginx
// (gzip_static, brotli_static) and CDNs send compressed files without compressing on each request.
// A twin that would not be smaller is not written.
// Usage: node scripts/compress.mjs [--root build]   (part of `npm run build`, last)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { builtFiles, HOST_FILES } from './headers.mjs';

const { values } = parseArgs({ options: { root: { type: 'string', default: 'build' } } });
const root = resolve(values.root);
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|txt|xml|webmanifest|map|ico)$/;

let original = 0;
let brotli = 0;
let gzip = 0;
let written = 0;
for (const file of builtFiles(root)) {
	if (HOST_FILES.includes(file) || !COMPRESSIBLE.test(file)) continue;
	const path = join(root, file);
	const content = readFileSync(path);
	const twins = {
		br: brotliCompressSync(content, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_SIZE_HINT]: content.length
			}
		}),
		gz: gzipSync(content, { level: 9 })
	};
	original += content.length;
	for (const [ext, compressed] of Object.entries(twins)) {
		if (compressed.length < content.length) {
			writeFileSync(`${path}.${ext}`, compressed);
			written += 1;
		} else rmSync(`${path}.${ext}`, { force: true });
	}
	brotli += Math.min(twins.br.length, content.length);
	gzip += Math.min(twins.gz.length, content.length);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
	`Compressed: ${written} twins; text files ${kb(original)} → brotli ${kb(brotli)}, gzip ${kb(gzip)}`
);

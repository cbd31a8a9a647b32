import { MIGRATIONS } from './migrate';
import { SESSION_VERSION, sessionSchema, type SessionState } from './state';

/**
 * A session travels in the URL fragment as `#s<version>.<data>`, where data is the state's JSON,
 * deflate-compressed (the browser's own CompressionStream: no library to download) and written in
 * base64url. Browsers never send the fragment to a server.
 */
const PREFIX = /^#?s(\d{1,3})\.([A-Za-z0-9_-]*)$/;

/**
 * What a link may expand to. The largest household the schema allows (20 people, every answer,
 * 100 ticked services) is under 8 KB of JSON; a link is refused long before it could expand to the
 * gigabyte a crafted 1.4 MB link once did. Decompression stops as soon as this is passed.
 */
export const MAXIMUM_EXPANDED_BYTES = 64 * 1024;
/** What a link may hold after the `#`: a real household's link is under 2,000 characters. */
export const MAXIMUM_LINK_CHARACTERS = 32 * 1024;

/**
 * - `damaged`: not a session link, cut short, or not readable (base64, deflate, UTF-8 or JSON)
 * - `newer-version`: made by a newer version of this page than this one
 * - `unknown-version`: a version number this page never made
 * - `invalid`: readable, but holding values the session cannot use
 * - `too-large`: longer, or expanding to more, than any household needs
 */
export type DecodeProblem =
	'damaged' | 'newer-version' | 'unknown-version' | 'invalid' | 'too-large';

export type DecodeResult =
	{ ok: true; state: SessionState; migratedFrom?: number } | { ok: false; problem: DecodeProblem };

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function compress(bytes: Uint8Array): Promise<Uint8Array> {
	const output = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(output).arrayBuffer());
}

class TooLarge extends Error {}

/** Inflates, reading chunk by chunk and stopping (TooLarge) as soon as `limit` bytes are passed. */
async function decompress(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new DecompressionStream('deflate-raw'));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > limit) {
			await reader.cancel().catch(() => undefined);
			throw new TooLarge();
		}
		chunks.push(value);
	}
	const joined = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		joined.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return joined;
}

/** The fragment for any state of a given version (older versions only for tests and migrations). */
export async function encodeVersion(version: number, value: unknown): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(value));
	return `#s${version}.${toBase64Url(await compress(json))}`;
}

/** The fragment for a session state, validated first: an invalid state is never written. */
export async function encodeSession(state: SessionState): Promise<string> {
	return encodeVersion(SESSION_VERSION, sessionSchema.parse(state));
}

/**
 * A session from a fragment. Damaged, truncated, oversized or tampered links give a problem code,
 * never an exception; links from older versions are validated against their own schema and
 * migrated.
 */
export async function decodeSession(fragment: string): Promise<DecodeResult> {
	if (fragment.length > MAXIMUM_LINK_CHARACTERS) return { ok: false, problem: 'too-large' };
	const match = PREFIX.exec(fragment.trim());
	if (!match) return { ok: false, problem: 'damaged' };
	const version = Number(match[1]);
	const older = version === SESSION_VERSION ? undefined : MIGRATIONS[version];
	if (version > SESSION_VERSION) return { ok: false, problem: 'newer-version' };
	if (version !== SESSION_VERSION && !older) return { ok: false, problem: 'unknown-version' };
	let value: unknown;
	try {
		const bytes = await decompress(fromBase64Url(match[2] ?? ''), MAXIMUM_EXPANDED_BYTES);
		value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch (error) {
		return { ok: false, problem: error instanceof TooLarge ? 'too-large' : 'damaged' };
	}
	if (!older) {
		const parsed = sessionSchema.safeParse(value);
		return parsed.success ? { ok: true, state: parsed.data } : { ok: false, problem: 'invalid' };
	}
	const parsed = older.schema.safeParse(value);
	if (!parsed.success) return { ok: false, problem: 'invalid' };
	const migrated = sessionSchema.safeParse(older.migrate(parsed.data as never));
	return migrated.success
		? { ok: true, state: migrated.data, migratedFrom: version }
		: { ok: false, problem: 'invalid' };
}

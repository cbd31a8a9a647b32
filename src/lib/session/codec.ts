import { MIGRATIONS } from './migrate';
import { SESSION_VERSION, sessionSchema, type SessionState } from './state';

/**
 * A session travels in the URL fragment as `#s<version>.<data>`, where data is the state's JSON,
 * deflate-compressed (the browser's own CompressionStream: no library to download) and written in
 * base64url. Browsers never send the fragment to a server.
 */
const PREFIX = /^#?s(\d{1,3})\.([A-Za-z0-9_-]*)$/;

export type DecodeProblem = 'damaged' | 'unknown-version' | 'invalid';

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

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
	const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(output).arrayBuffer());
}

/** The fragment for any state of a given version (older versions only for tests and migrations). */
export async function encodeVersion(version: number, value: unknown): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(value));
	const packed = await transform(json, new CompressionStream('deflate-raw'));
	return `#s${version}.${toBase64Url(packed)}`;
}

/** The fragment for a session state, validated first: an invalid state is never written. */
export async function encodeSession(state: SessionState): Promise<string> {
	return encodeVersion(SESSION_VERSION, sessionSchema.parse(state));
}

/**
 * A session from a fragment. Damaged, truncated or tampered links give a problem code, never an
 * exception; links from older versions are validated against their own schema and migrated.
 */
export async function decodeSession(fragment: string): Promise<DecodeResult> {
	const match = PREFIX.exec(fragment.trim());
	if (!match) return { ok: false, problem: 'damaged' };
	const version = Number(match[1]);
	let value: unknown;
	try {
		const bytes = await transform(
			fromBase64Url(match[2] ?? ''),
			new DecompressionStream('deflate-raw')
		);
		value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return { ok: false, problem: 'damaged' };
	}
	if (version === SESSION_VERSION) {
		const parsed = sessionSchema.safeParse(value);
		return parsed.success ? { ok: true, state: parsed.data } : { ok: false, problem: 'invalid' };
	}
	const older = MIGRATIONS[version as keyof typeof MIGRATIONS];
	if (!older) return { ok: false, problem: 'unknown-version' };
	const parsed = older.schema.safeParse(value);
	if (!parsed.success) return { ok: false, problem: 'invalid' };
	const migrated = sessionSchema.safeParse(older.migrate(parsed.data));
	return migrated.success
		? { ok: true, state: migrated.data, migratedFrom: version }
		: { ok: false, problem: 'invalid' };
}

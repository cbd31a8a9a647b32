import { describe, expect, it } from 'vitest';
import { encodeVersion } from './codec';
import { emptySession } from './state';
import {
	canKeep,
	discardSetAside,
	forgetSession,
	recallSession,
	rememberSession,
	SET_ASIDE_KEY,
	STORAGE_KEY
} from './storage';

function memoryStore() {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => void data.set(key, value),
		removeItem: (key: string) => void data.delete(key)
	};
}

/** Storage as an office browser that blocks it behaves: every call throws a SecurityError. */
function blockedStore() {
	const refuse = () => {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	};
	return { getItem: refuse, setItem: refuse, removeItem: refuse };
}

/** Storage that reads but refuses to write (a full disk, some private modes). */
function fullStore() {
	const store = memoryStore();
	return {
		...store,
		setItem: () => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		}
	};
}

describe('keep on this device', () => {
	it('keeps a household under one key and reads it back', async () => {
		const store = memoryStore();
		const state = { ...emptySession('nl'), members: [{ age: 40 }, { age: 2 }] };
		expect(await rememberSession(store, state)).toBe(true);
		expect([...store.data.keys()]).toEqual([STORAGE_KEY]);
		expect(await recallSession(store)).toEqual({ status: 'kept', state });
	});

	it('forget leaves nothing behind', async () => {
		const store = memoryStore();
		await rememberSession(store, emptySession());
		forgetSession(store);
		expect(store.data.size).toBe(0);
		expect(await recallSession(store)).toEqual({ status: 'empty' });
	});

	// The corrupted-storage cases of the attack: none may be deleted, each is set aside.
	const unreadable: [string, string, string][] = [
		['garbage after the prefix', '#s3.garbage', 'damaged'],
		['not a session at all', '{"members":[]}', 'damaged'],
		['cut short', '#s3.q1YqU7IqKSpNVbJSMjQw0DFQ', 'damaged'],
		['a newer version', '#s9.q1YqU7IqKSpNVbJSMjQw0DFQ', 'newer-version']
	];
	for (const [name, saved, problem] of unreadable) {
		it(`sets aside, never deletes, unreadable data: ${name}`, async () => {
			const store = memoryStore();
			store.setItem(STORAGE_KEY, saved);
			expect(await recallSession(store)).toEqual({ status: 'set-aside', raw: saved, problem });
			expect(store.getItem(SET_ASIDE_KEY)).toBe(saved);
			expect(store.getItem(STORAGE_KEY)).toBeNull();
		});
	}

	it('sets aside values a valid link cannot hold, and never overwrites an earlier copy', async () => {
		const store = memoryStore();
		const invalid = await encodeVersion(3, { ...emptySession(), members: [{ age: -1 }] });
		store.setItem(SET_ASIDE_KEY, 'an earlier copy');
		store.setItem(STORAGE_KEY, invalid);
		expect(await recallSession(store)).toEqual({
			status: 'set-aside',
			raw: invalid,
			problem: 'invalid'
		});
		expect(store.getItem(SET_ASIDE_KEY)).toBe('an earlier copy');
		expect(store.getItem(`${SET_ASIDE_KEY}-2`)).toBe(invalid);
		// Unticking "keep" leaves the set-aside copies; "forget this household" removes them too.
		forgetSession(store);
		expect(store.data.size).toBe(2);
		discardSetAside(store);
		expect(store.data.size).toBe(0);
	});

	it('storage blocked by the browser: says so, and nothing throws', async () => {
		const store = blockedStore();
		expect(canKeep(store)).toBe(false);
		expect(canKeep(null)).toBe(false);
		expect(await recallSession(store)).toEqual({ status: 'blocked' });
		expect(await recallSession(null)).toEqual({ status: 'blocked' });
		expect(await rememberSession(store, emptySession())).toBe(false);
		expect(() => forgetSession(store)).not.toThrow();
		expect(() => discardSetAside(store)).not.toThrow();
	});

	it('storage that refuses writes cannot keep a household', async () => {
		const store = fullStore();
		expect(canKeep(store)).toBe(false);
		expect(await rememberSession(store, emptySession())).toBe(false);
		expect(canKeep(memoryStore())).toBe(true);
	});
});

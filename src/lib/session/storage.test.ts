import { describe, expect, it } from 'vitest';
import { forgetSession, recallSession, rememberSession, STORAGE_KEY } from './storage';
import { emptySession } from './state';

function memoryStore() {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => void data.set(key, value),
		removeItem: (key: string) => void data.delete(key)
	};
}

describe('remember on this device', () => {
	it('keeps a session under one key and reads it back', async () => {
		const store = memoryStore();
		const state = { ...emptySession('nl'), members: [{ age: 40 }, { age: 2 }] };
		await rememberSession(store, state);
		expect([...store.data.keys()]).toEqual([STORAGE_KEY]);
		expect(await recallSession(store)).toEqual(state);
	});

	it('forget leaves nothing behind', async () => {
		const store = memoryStore();
		await rememberSession(store, emptySession());
		forgetSession(store);
		expect(store.data.size).toBe(0);
		expect(await recallSession(store)).toBeNull();
	});

	it('drops unreadable saved data instead of failing', async () => {
		const store = memoryStore();
		store.setItem(STORAGE_KEY, '#s2.garbage');
		expect(await recallSession(store)).toBeNull();
		expect(store.data.size).toBe(0);
	});
});

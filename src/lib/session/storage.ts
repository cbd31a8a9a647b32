import { decodeSession, encodeSession, type DecodeProblem } from './codec';
import type { SessionState } from './state';

/**
 * "Keep on this device": off until the worker turns it on. Then the household is kept in local
 * storage under one key, in the same encoded form as the link, and "forget" removes that key.
 *
 * A kept household is never lost without asking: what this version cannot read (damaged, or
 * written by a newer version of the page) is moved under SET_ASIDE_KEY, not deleted, and offered to
 * the worker as a file.
 */
export const STORAGE_KEY = 'aid-session';
export const SET_ASIDE_KEY = 'aid-session-set-aside';

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * - `empty`: nothing kept
 * - `kept`: the kept household
 * - `set-aside`: unreadable data, now under SET_ASIDE_KEY; `raw` is what was there
 * - `blocked`: the browser refuses storage (a common office setting, or a full disk)
 */
export type Recalled =
	| { status: 'empty' }
	| { status: 'kept'; state: SessionState }
	| { status: 'set-aside'; raw: string; problem: DecodeProblem }
	| { status: 'blocked' };

/** The page's local storage, or null when the browser blocks it (reading the property can throw). */
export function deviceStore(): Store | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

/** Whether this store can keep anything: writes and removes a probe. */
export function canKeep(store: Store | null): store is Store {
	if (!store) return false;
	try {
		store.setItem(`${STORAGE_KEY}-probe`, '1');
		store.removeItem(`${STORAGE_KEY}-probe`);
		return true;
	} catch {
		return false;
	}
}

/** Keeps the household; false when the browser refused (nothing was written). */
export async function rememberSession(store: Store, state: SessionState): Promise<boolean> {
	const encoded = await encodeSession(state);
	try {
		store.setItem(STORAGE_KEY, encoded);
		return true;
	} catch {
		return false;
	}
}

/** A free key for set-aside data: an earlier set-aside copy is never overwritten. */
function setAsideKey(store: Store, saved: string): string {
	for (let n = 1; ; n += 1) {
		const key = n === 1 ? SET_ASIDE_KEY : `${SET_ASIDE_KEY}-${n}`;
		const there = store.getItem(key);
		if (there === null || there === saved) return key;
	}
}

export async function recallSession(store: Store | null): Promise<Recalled> {
	if (!store) return { status: 'blocked' };
	let saved: string | null;
	try {
		saved = store.getItem(STORAGE_KEY);
	} catch {
		return { status: 'blocked' };
	}
	if (!saved) return { status: 'empty' };
	const result = await decodeSession(saved);
	if (result.ok) return { status: 'kept', state: result.state };
	// Set aside, not deleted: a newer version's household must survive a rollback of the site.
	try {
		store.setItem(setAsideKey(store, saved), saved);
		store.removeItem(STORAGE_KEY);
	} catch {
		// Storage refused the move: leave the data where it is, untouched.
	}
	return { status: 'set-aside', raw: saved, problem: result.problem };
}

/** Removes the kept household: unticking "keep", and "forget this household". */
export function forgetSession(store: Store | null): void {
	try {
		store?.removeItem(STORAGE_KEY);
	} catch {
		// Blocked storage holds nothing to forget.
	}
}

/**
 * Removes the set-aside copies too ("forget this household" after the worker saw the message and
 * could download them): then nothing of any household stays on the device.
 */
export function discardSetAside(store: Store | null): void {
	try {
		for (let n = 1; n < 100; n += 1) {
			const key = n === 1 ? SET_ASIDE_KEY : `${SET_ASIDE_KEY}-${n}`;
			if (store?.getItem(key) == null) break;
			store.removeItem(key);
		}
	} catch {
		// Blocked storage holds nothing to discard.
	}
}

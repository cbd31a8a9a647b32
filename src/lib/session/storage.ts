import { decodeSession, encodeSession } from './codec';
import type { SessionState } from './state';

/**
 * "Remember on this device": off until the worker turns it on. Then the session is kept in local
 * storage under one key, in the same encoded form as the link, and "forget" removes that key.
 */
export const STORAGE_KEY = 'aid-session';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export async function rememberSession(store: Store, state: SessionState): Promise<void> {
	store.setItem(STORAGE_KEY, await encodeSession(state));
}

export async function recallSession(store: Store): Promise<SessionState | null> {
	const saved = store.getItem(STORAGE_KEY);
	if (!saved) return null;
	const result = await decodeSession(saved);
	if (result.ok) return result.state;
	// Unreadable data is of no use to anyone: drop it rather than keep it on the device.
	store.removeItem(STORAGE_KEY);
	return null;
}

export function forgetSession(store: Store): void {
	store.removeItem(STORAGE_KEY);
}

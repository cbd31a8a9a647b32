import { mount, unmount } from 'svelte';
import type { SessionState } from '../session/state';
import ResidentSummary from '../widgets/session/ResidentSummary.svelte';

/*
 * The session's printable summary in this build's language, for a session page in another one:
 * /islands/{lang}/session-summary.js, loaded by the session island only when the worker picks a
 * resident's language other than the page's. It runs its own copy of Svelte, so the page hands it
 * each new household as plain data through `update`.
 */
export interface MountedSummary {
	update(session: SessionState): void;
	destroy(): void;
}

export function mountSummary(
	target: HTMLElement,
	session: SessionState,
	headingLevel: 3 | 4
): MountedSummary {
	const props = $state({ session, headingLevel });
	const app = mount(ResidentSummary, { target, props });
	return {
		update(next) {
			props.session = next;
		},
		destroy() {
			void unmount(app);
		}
	};
}

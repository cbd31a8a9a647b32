import type { Lang } from '../i18n/lang';
import SessionPage from '../widgets/session/SessionPage.svelte';
import { startIsland } from './island';
import type { mountSummary } from './session-summary.svelte';

/** The summary built in another language, loaded only when the resident's language differs. */
const loadSummary = (lang: Lang): Promise<{ mountSummary: typeof mountSummary }> =>
	import(/* @vite-ignore */ `/islands/${lang}/session-summary.js`);

startIsland('session', SessionPage, __AID_LANG__, { loadSummary });

import SessionPage from '../widgets/session/SessionPage.svelte';
import { startIsland } from './island';

startIsland('session', SessionPage, __AID_LANG__);

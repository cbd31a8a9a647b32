import FinderPage from '../widgets/finder/FinderPage.svelte';
import { startIsland } from './island';

startIsland('finder', FinderPage, __AID_LANG__);

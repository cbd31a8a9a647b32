import Configurator from '../site/Configurator.svelte';
import { startIsland } from './island';

startIsland('configurator', Configurator, __AID_LANG__);

/**
 * The help finder's directory: every service, organisation and municipality in the data files under
 * `data/services/` (one YAML file per service), compiled at build time into `virtual:aid-directory`
 * (src/lib/data/services.ts). Each service states, for each group of facts, the source's own words.
 *
 * In the one-language builds (the finder island, `<aid-finder>`), the texts are in that language
 * only; everywhere else (the prerendered site, the tests) in all three.
 */
import data from 'virtual:aid-directory';
import type { Entry, Municipality, Organisation } from './schema';

export const DIRECTORY: readonly Entry[] = data.entries;
export const ORGANISATIONS: readonly Organisation[] = data.organisations;
/** The municipalities whose services are listed, in the data's order. */
export const MUNICIPALITIES: readonly Municipality[] = data.municipalities;

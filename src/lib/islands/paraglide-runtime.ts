import type { Lang } from '../i18n/lang';

/*
 * What the compiled messages need from Paraglide's runtime, for the island builds only (swapped in
 * by scripts/build-islands.mjs). Each build is for one language: `experimentalStaticLocale` is a
 * constant, so every message keeps only that language's text and the minifier drops the others.
 */
export const experimentalStaticLocale: Lang = __AID_LANG__;

export function getLocale(): Lang {
	return __AID_LANG__;
}

import type { Lang } from '../i18n/lang';

/*
 * What the compiled messages need from Paraglide's runtime, for the embed build only (aliased in
 * vite.embed.config.ts). Widgets always pass the locale explicitly, so the runtime's locale detection
 * (cookies, localStorage, the URL) is never used, and it must not be shipped into partners' pages:
 * a partner's page is not ours to read cookies or storage from.
 *
 * The embed is built once per language, with __AID_LANG__ defined as that language. Every compiled
 * message reads `experimentalStaticLocale ?? options.locale ?? getLocale()` first, so with a constant
 * here the minifier keeps only that language's text: build/embed/nl/ holds no French or English.
 * The calculator pages' islands (src/lib/islands/) are built the same way.
 */

export const experimentalStaticLocale: Lang = __AID_LANG__;

export function getLocale(): Lang {
	return __AID_LANG__;
}

import { DEFAULT_LANG, type Lang } from '../i18n/lang';

/*
 * What the compiled messages need from Paraglide's runtime, for the embed build only (aliased in
 * vite.embed.config.ts). Widgets always pass the locale explicitly, so the runtime's locale detection
 * (cookies, localStorage, the URL) is never used, and it must not be shipped into partners' pages:
 * a partner's page is not ours to read cookies or storage from. It also saves ~1 KB gzipped.
 */
export const experimentalStaticLocale: Lang | undefined = undefined;

export function getLocale(): Lang {
	return DEFAULT_LANG;
}

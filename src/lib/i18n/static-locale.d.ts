/**
 * The one language of a one-language build (the embed's {lang}/ files and the calculator pages'
 * islands), set by vite.embed.config.ts with Vite's `define`. Not defined in the site's build.
 */
declare const __AID_LANG__: import('./lang').Lang;

/** The language an island build is for, set by scripts/build-islands.mjs (Vite `define`). */
declare const __AID_LANG__: import('../i18n/lang').Lang;

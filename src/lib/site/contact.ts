/**
 * Where a visitor reports a wrong figure or an accessibility problem: the one place to set it.
 * No address has been given for this site yet, and we do not make one up: while this is null, the
 * About page says so honestly and tells visitors whom to tell meanwhile. Whoever publishes the site
 * sets it here (an issue tracker, a mailbox or a form of their own), for example:
 *   { href: 'https://github.com/<owner>/<repo>/issues', label: 'the project's issue tracker' }
 * The label is the words read in the sentence "Report it through <label>", in each language.
 */
export const REPORT_CHANNEL: {
	href: string;
	label: { nl: string; fr: string; en: string };
} | null = null;

/**
 * The date of the accessibility check the About page states: the browser tests (axe-core on every
 * page and widget, keyboard, 44 px targets at 360 px) as run for this release. Update it when the
 * statement is checked again.
 */
export const ACCESSIBILITY_CHECKED = '2026-12-02';

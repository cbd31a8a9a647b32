import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n/lang';
import { PAGES, pageAt, pathFor } from './pages';

describe('page registry', () => {
	it('gives every page a distinct path per language that maps back to it', () => {
		for (const page of PAGES) {
			for (const lang of LANGS) {
				const path = pathFor(page.id, lang);
				expect(path.startsWith(`/${lang}/`)).toBe(true);
				expect(path.endsWith('/')).toBe(true);
				expect(pageAt(path)).toEqual({ page, lang });
			}
		}
	});

	it('uses readable slugs: lowercase words and dashes only', () => {
		for (const page of PAGES) {
			for (const slug of Object.values(page.slug)) expect(slug).toMatch(/^([a-z]+(-[a-z]+)*)?$/);
		}
	});

	it('knows nothing of paths outside the three languages', () => {
		expect(pageAt('/de/')).toBeNull();
		expect(pageAt('/')).toBeNull();
		expect(pageAt('/nl/no-such-page/')).toBeNull();
	});
});

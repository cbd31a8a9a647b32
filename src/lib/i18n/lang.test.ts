import { describe, expect, it } from 'vitest';
import { isLang, preferredLang } from './lang';

describe('preferredLang', () => {
	it('takes the first language we speak, by primary subtag', () => {
		expect(preferredLang(['de-DE', 'nl-NL', 'fr'])).toBe('nl');
		expect(preferredLang(['EN-us'])).toBe('en');
	});
	it('falls back to French when none matches or nothing is given', () => {
		expect(preferredLang(['de', 'es'])).toBe('fr');
		expect(preferredLang([])).toBe('fr');
	});
});

describe('isLang', () => {
	it('accepts only nl, fr and en', () => {
		expect(isLang('nl')).toBe(true);
		expect(isLang('de')).toBe(false);
		expect(isLang(undefined)).toBe(false);
	});
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { elementLang, pageLangOf } from '../../src/lib/embed/lang';
import { langOf, preferredLang } from '../../src/lib/i18n/lang';

describe('langOf', () => {
	it('takes the primary subtag of one of our languages, in any case, trimmed', () => {
		expect(langOf('nl')).toBe('nl');
		expect(langOf('nl-BE')).toBe('nl');
		expect(langOf(' FR-be ')).toBe('fr');
		expect(langOf('en-GB')).toBe('en');
	});

	it('gives nothing for a language that is not ours, an empty value or none', () => {
		expect(langOf('de')).toBeUndefined();
		expect(langOf('dutch')).toBeUndefined();
		expect(langOf('')).toBeUndefined();
		expect(langOf(null)).toBeUndefined();
		expect(langOf(undefined)).toBeUndefined();
	});
});

describe('preferredLang, with absent candidates', () => {
	it('takes the first candidate that is one of ours', () => {
		expect(preferredLang(['en', 'nl'])).toBe('en');
		expect(preferredLang(['de', 'nl-BE', 'en'])).toBe('nl');
		expect(preferredLang([null, undefined, '', 'en'])).toBe('en');
	});

	it('falls back to French when none is', () => {
		expect(preferredLang([])).toBe('fr');
		expect(preferredLang(['de', 'es', null])).toBe('fr');
	});
});

describe('elementLang', () => {
	/** A page in `htmlLang` whose body holds `markup`; returns the element matching `selector`. */
	function on(htmlLang: string | null, markup: string, selector = 'aid-meal-cost'): Element {
		document.documentElement.removeAttribute('lang');
		if (htmlLang !== null) document.documentElement.setAttribute('lang', htmlLang);
		document.body.innerHTML = markup;
		return document.querySelector(selector)!;
	}

	it("the element's own lang wins, when it is ours", () => {
		const element = on('nl', '<aid-meal-cost lang="en"></aid-meal-cost>');
		expect(elementLang(element)).toEqual({ lang: 'en', pageLang: 'nl' });
	});

	it('a lang that is not ours falls back to the page around the element', () => {
		const element = on('nl-BE', '<aid-meal-cost lang="de"></aid-meal-cost>');
		expect(elementLang(element)).toEqual({ lang: 'nl', pageLang: 'nl' });
	});

	it('without lang, the closest ancestor with a lang counts before <html lang>', () => {
		const element = on(
			'nl',
			'<section lang="en"><div><aid-meal-cost></aid-meal-cost></div></section>'
		);
		expect(elementLang(element)).toEqual({ lang: 'en', pageLang: 'en' });
	});

	it('an ancestor whose lang is not ours is skipped for <html lang>', () => {
		const element = on('en', '<section lang="de"><aid-meal-cost></aid-meal-cost></section>');
		expect(pageLangOf(element)).toBe('en');
	});

	it('French when neither the element nor the page says a language of ours', () => {
		expect(elementLang(on(null, '<aid-meal-cost></aid-meal-cost>')).lang).toBe('fr');
		expect(elementLang(on('de', '<aid-meal-cost lang="es"></aid-meal-cost>')).lang).toBe('fr');
	});

	it('an element not yet in the page: its own lang, else the <html lang> of its document', () => {
		const element = document.createElement('aid-meal-cost');
		document.documentElement.setAttribute('lang', 'nl');
		expect(elementLang(element).lang).toBe('nl');
		element.setAttribute('lang', 'en');
		expect(elementLang(element).lang).toBe('en');
	});

	it("inside another component's shadow root: the lang around that component counts", () => {
		const host = on(
			'en',
			'<section lang="nl"><partner-card></partner-card></section>',
			'partner-card'
		);
		const root = host.attachShadow({ mode: 'open' });
		root.innerHTML = '<div><aid-meal-cost></aid-meal-cost></div>';
		const element = root.querySelector('aid-meal-cost')!;
		expect(elementLang(element)).toEqual({ lang: 'nl', pageLang: 'nl' });
		// A lang inside the shadow root is closer, and wins.
		root.innerHTML = '<div lang="fr"><aid-meal-cost></aid-meal-cost></div>';
		expect(pageLangOf(root.querySelector('aid-meal-cost')!)).toBe('fr');
		// Directly at the top of a shadow root whose host has no lang around it: <html lang>.
		const bare = on('en', '<partner-card></partner-card>', 'partner-card');
		const bareRoot = bare.attachShadow({ mode: 'closed' });
		bareRoot.innerHTML = '<aid-meal-cost></aid-meal-cost>';
		expect(pageLangOf(bareRoot.querySelector('aid-meal-cost')!)).toBe('en');
	});
});

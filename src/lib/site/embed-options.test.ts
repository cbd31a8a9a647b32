import { describe, expect, it } from 'vitest';
import type { StartAttribute } from '../embed/attributes';
import { EMBED_ATTRIBUTES } from '../embed/catalogue';
import { LANGS } from '../i18n/lang';
import { attributeWords, choiceWords } from './embed-options';

const attributes = Object.values(EMBED_ATTRIBUTES).flatMap(
	(widget) => Object.values(widget.start) as StartAttribute[]
);

describe('the configurator words every starting value', () => {
	it.each(LANGS)('in %s: every attribute and every choice has words, not its raw name', (lang) => {
		expect(attributes.length).toBeGreaterThan(5);
		for (const attribute of attributes) {
			const label = attributeWords(attribute.name, lang);
			expect(label, attribute.name).toBeTruthy();
			expect(label).not.toBe(attribute.name);
			for (const choice of attribute.choices ?? []) {
				const words = choiceWords(attribute.name, choice, lang);
				expect(words, `${attribute.name}=${choice}`).toBeTruthy();
				expect(words).not.toBe(choice);
			}
		}
	});

	it('says the choices in the page language', () => {
		expect(choiceWords('receives-leefloon', 'no', 'nl')).toBe('Nee');
		expect(choiceWords('receives-leefloon', 'no', 'fr')).toBe('Non');
		expect(attributeWords('meals-per-week', 'en')).toBe('Meals a week');
	});
});

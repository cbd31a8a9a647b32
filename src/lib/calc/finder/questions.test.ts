import { describe, expect, it } from 'vitest';
import { QUESTIONS, questionsThatMatter } from './questions';

describe('only the questions that change the answer', () => {
	it('clothes: no service for clothes has a criterion, so nothing is asked', () => {
		// Centre d'Entraide, Accueil Montfort and Rouf: no condition on the page.
		expect(questionsThatMatter(['clothes'])).toEqual([]);
	});

	it('help at home: where you live (the OCMW services) and whether you need help at home; no age', () => {
		const asked = questionsThatMatter(['home-help']);
		expect(asked).toEqual(['municipality', 'helpAtHome']);
		expect(asked).not.toContain('age');
	});

	it('a bed tonight: age, gender and children (Accueil Montfort), a home, an addiction (Transit)', () => {
		expect(questionsThatMatter(['shelter'])).toEqual([
			'age',
			'gender',
			'children',
			'home',
			'addiction'
		]);
	});

	it('without a stated need, every question that any service depends on', () => {
		expect(questionsThatMatter([])).toEqual([...QUESTIONS]);
	});
});

import { describe, expect, it } from 'vitest';
import { searchServices, normalise } from './search';

/** The finder's search hints, as the user reads them ("For example: food, clothes, doctor."). */
const HINTS: Record<string, { finder_search_hint: string }> = import.meta.glob(
	'../../../../messages/finder/*.json',
	{ eager: true, import: 'default' }
);
const examples = (lang: string): string[] => {
	const file = Object.entries(HINTS).find(([path]) => path.endsWith(`/${lang}.json`));
	const hint = file![1].finder_search_hint;
	return hint
		.replace(/^[^:]*:\s*/u, '')
		.replace(/\.$/, '')
		.split(/,\s*/);
};
const ids = (query: string, lang: 'nl' | 'fr' | 'en') =>
	searchServices(query, lang).map((hit) => hit.id);

describe('searchServices', () => {
	it.each(['nl', 'fr', 'en'] as const)(
		'every example of the %s search hint finds services',
		(lang) => {
			const words = examples(lang);
			expect(words.length).toBeGreaterThanOrEqual(3);
			for (const word of words) expect(ids(word, lang), word).not.toEqual([]);
		}
	);

	it.each([
		['dokter', 'nl'],
		['arts', 'nl'],
		['médecin', 'fr'],
		['doctor', 'en']
	] as const)('%s finds the medical centre Esseghem (health)', (word, lang) => {
		expect(ids(word, lang)).toContain('esseghem-medical-centre');
	});

	it.each([
		['slapen', 'nl'],
		['bed', 'nl'],
		['dormir', 'fr'],
		['sleep', 'en']
	] as const)('%s finds the emergency shelter Ariane', (word, lang) => {
		expect(ids(word, lang)).toContain('ariane');
	});

	it.each([
		['kleren', 'nl'],
		['kleding', 'nl'],
		['vêtements', 'fr'],
		['clothes', 'en']
	] as const)('%s finds Rouf', (word, lang) => {
		expect(ids(word, lang)).toContain('rouf');
	});

	it.each([
		['brood', 'nl'],
		['eten', 'nl'],
		['voedsel', 'nl'],
		['nourriture', 'fr'],
		['food', 'en']
	] as const)('%s finds the food aid of the Centre d’Entraide', (word, lang) => {
		expect(ids(word, lang)).toContain('centre-entraide-food-aid');
	});

	it.each([
		['schulden', 'nl', 'ocmw-jette-debt-mediation'],
		['dettes', 'fr', 'brussels-debt-mediation'],
		['debt', 'en', 'ocmw-jette-debt-mediation'],
		['werk', 'nl', 'impulsion'],
		['emploi', 'fr', 'brussels-employment'],
		['job', 'en', 'brussels-employment'],
		['advocaat', 'nl', 'legal-aid-office'],
		['avocat', 'fr', 'legal-aid-office'],
		['lawyer', 'en', 'legal-aid-office']
	] as const)('%s (%s) finds %s', (word, lang, id) => {
		expect(ids(word, lang)).toContain(id);
	});

	it('ignores accents and case: "VETEMENTS" and "vêtements" give the same list', () => {
		expect(ids('VETEMENTS', 'fr')).toEqual(ids('vêtements', 'fr'));
		expect(ids('vetements', 'fr').length).toBeGreaterThan(0);
	});

	it('forgives one typo in a word of five letters or more, not two, not in short words', () => {
		expect(ids('advocat', 'nl')).toContain('legal-aid-office'); // one letter left out
		expect(ids('advokaat', 'nl')).toContain('legal-aid-office'); // one letter changed
		expect(ids('avdocaat', 'nl')).toContain('legal-aid-office'); // two letters swapped
		expect(ids('adfokat', 'nl')).not.toContain('legal-aid-office'); // two edits
		expect(ids('bef', 'nl')).toEqual([]); // "bed" with a typo, but only three letters
	});

	it('ranks a name match first: "Restojet" → Restojet', () => {
		expect(ids('restojet', 'nl')[0]).toBe('restojet');
		expect(ids('Miriam', 'en')[0]).toBe('brussels-miriam');
	});

	it('a service matching more of the words comes first', () => {
		// "warme maaltijd thuis": the meals delivered at home match all three words.
		expect(ids('warme maaltijden thuis', 'nl')[0]).toBe('ocmw-jette-meals-at-home');
	});

	it('matches addresses: "Werriestraat" finds the Centre d’Entraide', () => {
		expect(ids('werriestraat', 'nl')).toContain('centre-entraide-food-aid');
	});

	it('nothing for an empty query or gibberish; pure (the same answer twice)', () => {
		expect(ids('   ', 'nl')).toEqual([]);
		expect(ids('xqzwv', 'en')).toEqual([]);
		expect(ids('dokter', 'nl')).toEqual(ids('dokter', 'nl'));
		expect(normalise('Éé')).toBe('ee');
	});
});

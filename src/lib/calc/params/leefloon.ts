import { asParameter, type Reference } from './parameter';

/*
 * The monthly leefloon (revenu d'intégration sociale) by category. Not in the two source pages:
 * the sources README gives this dated table from the pages cited below. A new indexation is a new
 * dated entry, never an edit of an old one. Before 2024-05-01 there is no value.
 */
const MAY_2024: Reference = {
	title: 'Bedrag leefloon (index 1 mei 2024)',
	source: 'external',
	url: 'https://www.centenvoorstudenten.be/info/leefloon/bedrag-leefloon/'
};
const FEBRUARY_2025: Reference = {
	title:
		'Revenu d’intégration, montant au 01.02.2025 (Brussels social rights database, bdas-wwsb.brussels; also CPAS Sivry-Rance, “Montants au 01/02/2025”)',
	source: 'external',
	url: 'https://bdas-wwsb.brussels/'
};

export const leefloonCohabiting = asParameter({
	id: 'leefloon.cohabiting',
	description: 'Monthly leefloon, category 1: a person living with others (samenwonend).',
	unit: 'EUR/month',
	values: [
		{ from: '2024-05-01', value: '858.97', reference: MAY_2024 },
		{ from: '2025-02-01', value: '876.13', reference: FEBRUARY_2025 }
	]
});

export const leefloonSingle = asParameter({
	id: 'leefloon.single',
	description: 'Monthly leefloon, category 2: a person living alone (alleenstaand).',
	unit: 'EUR/month',
	values: [
		{ from: '2024-05-01', value: '1288.46', reference: MAY_2024 },
		{ from: '2025-02-01', value: '1314.20', reference: FEBRUARY_2025 }
	]
});

export const leefloonFamily = asParameter({
	id: 'leefloon.family',
	description:
		'Monthly leefloon, category 3: a person living with a family dependent on them (gezin ten laste).',
	unit: 'EUR/month',
	values: [
		{ from: '2024-05-01', value: '1741.29', reference: MAY_2024 },
		{ from: '2025-02-01', value: '1776.07', reference: FEBRUARY_2025 }
	]
});

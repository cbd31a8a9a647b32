import { defineParameter } from './parameter';

/*
 * The leefloon (revenu d'intégration sociale) per month, by category. Not in the two source pages:
 * the sources README gives the table with its sources. A later indexation is a new dated entry.
 */
const INDEX_2024 = {
	source: 'external',
	title: 'Bedrag leefloon, index 1 mei 2024 (centenvoorstudenten.be)',
	url: 'https://www.centenvoorstudenten.be/info/leefloon/bedrag-leefloon/'
} as const;
const INDEX_2025 = {
	source: 'external',
	title:
		'Montant au 01.02.2025, Brussels social rights database (bdas-wwsb.brussels); CPAS de Sivry-Rance, « Montants au 01/02/2025 »',
	url: 'https://www.bdas-wwsb.brussels/'
} as const;

export const leefloonCohabiting = defineParameter({
	id: 'leefloon.cohabiting',
	description: 'Monthly leefloon, category 1: a person who lives with others (samenwonend).',
	unit: 'EUR/month',
	values: [
		{ from: '2024-05-01', value: '858.97', reference: INDEX_2024 },
		{ from: '2025-02-01', value: '876.13', reference: INDEX_2025 }
	]
});

export const leefloonSingle = defineParameter({
	id: 'leefloon.single',
	description: 'Monthly leefloon, category 2: a person who lives alone (alleenstaand).',
	unit: 'EUR/month',
	values: [
		{ from: '2024-05-01', value: '1288.46', reference: INDEX_2024 },
		{ from: '2025-02-01', value: '1314.20', reference: INDEX_2025 }
	]
});

export const leefloonFamily = defineParameter({
	id: 'leefloon.family',
	description:
		'Monthly leefloon, category 3: a person who lives with a family that depends on them (gezin ten laste).',
	unit: 'EUR/month',
	values: [
		{ from: '2024-05-01', value: '1741.29', reference: INDEX_2024 },
		{ from: '2025-02-01', value: '1776.07', reference: INDEX_2025 }
	]
});

import type { Reference } from './parameter';

/*
 * The sections of the source pages that state a rule. The pages carry no date: each rule's first
 * entry takes effect on RELIED_ON_FROM, the date from which we rely on the page as published
 * (consulted in 2026). A calculation before it is refused with `no-parameter-for-date`.
 */
export const RELIED_ON_FROM = '2024-01-01';

export const SAVINGS_GROUP: Reference = {
	title: 'Jetse lening- en spaarvereniging (Centre d’Entraide de Jette)',
	source: 'jette-sociale-steun',
	section: 'Financiële hulp › Jetse lening- en spaarvereniging'
};

export const OCMW_RESTAURANT: Reference = {
	title: 'Het sociaal restaurant van het OCMW',
	source: 'jette-sociale-steun',
	section: 'Materiële hulp › Het sociaal restaurant van het OCMW'
};

export const RESTOJET: Reference = {
	title: 'Het sociaal restaurant Restojet',
	source: 'jette-sociale-steun',
	section: 'Materiële hulp › Het sociaal restaurant Restojet'
};

export const ENGELBEWAARDER: Reference = {
	title: 'Het sociaal restaurant De Engelbewaarder (no price on the page)',
	source: 'jette-sociale-steun',
	section: 'Materiële hulp › Het sociaal restaurant De Engelbewaarder'
};

export const FOOD_AID: Reference = {
	title:
		'Voedselhulp (Centre d’Entraide de Jette): packages follow the number of persons and children',
	source: 'jette-sociale-steun',
	section: 'Materiële hulp › Voedselhulp'
};

export const OURS_FOOD_PACKAGE: Reference = {
	title:
		'Our own default, not from the sources: the page says only that packages follow the household size and children',
	source: 'ours',
	section: 'Materiële hulp › Voedselhulp'
};

export const OECD_SCALE: Reference = {
	title: 'Modified OECD equivalence scale (Eurostat: Glossary, Equivalised disposable income)',
	source: 'external',
	url: 'https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Glossary:Equivalised_disposable_income'
};

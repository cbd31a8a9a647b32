import { PARAMETERS, RULES_VERSION as VERSION, VENUES } from 'virtual:aid/rule-book';
import type { IsoDate } from '../dates';
import type { Parameter, Reference, ValueStatus } from './parameter';

/** A social restaurant as the meal calculator sees it: rules and parameter ids, no words. */
export interface MealVenueRules {
	id: string;
	municipality: string;
	access: {
		/** `open`: everyone; `leefloon`: leefloon recipients (derogation at the leefloon); `ask`. */
		rule: 'open' | 'leefloon' | 'ask';
		status: ValueStatus;
		reference: Reference;
		checked: IsoDate;
	};
	prices: { adult: string; child?: string; childAgeLimit?: string };
	daysOpen: string;
}

/** The words of the rule book in one language: page titles and venue names. */
export interface RuleBookWords {
	references: Record<string, string>;
	venues: Record<string, { name: string; shortName: string }>;
}

/** The data a calculator runs on: the built-in book, or another (a test's fixture municipality). */
export interface RuleBook {
	parameters: Record<string, Parameter>;
	venues: readonly MealVenueRules[];
	rulesVersion: IsoDate;
}

/** The rule book compiled from data/ at build time. */
export const RULE_BOOK: RuleBook = {
	parameters: PARAMETERS,
	venues: VENUES,
	rulesVersion: VERSION
};

/**
 * The version of the rules: the newest date on which a value in the data takes effect. Every
 * result, explanation and printout states it ("rules of 1 February 2025").
 */
export const RULES_VERSION: IsoDate = VERSION;

/** A parameter of a book by its id; a missing one is a broken build, not a user's error. */
export function parameterIn(book: RuleBook, id: string): Parameter {
	const parameter = book.parameters[id];
	if (!parameter) throw new Error(`The rule book has no parameter ${id}`);
	return parameter;
}

/** A fact of the rule book as the Sources page lists it (see scripts/rule-book.ts, bookFor). */
export interface BookFact {
	from?: IsoDate | null;
	value?: string | null;
	status: ValueStatus;
	reference: { page: string; section?: string; label?: string };
	quote?: string;
	checked: IsoDate;
}

/** The rule book in one language, quotes included (virtual:aid/rule-book/<lang>). */
export interface BookInOneLanguage {
	rulesVersion: IsoDate;
	references: Record<string, { title: string; url?: string; kind: string }>;
	parameters: { id: string; unit: string; description: string; values: BookFact[] }[];
	venues: {
		id: string;
		municipality: string;
		name: string;
		access: BookFact & { rule: 'open' | 'leefloon' | 'ask' };
	}[];
}

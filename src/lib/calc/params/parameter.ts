import { CalcInputError } from '../errors';
import type { IsoDate } from '../dates';
import { PARAMETER_UNITS, VALUE_STATUSES } from './vocabulary';

export { PARAMETER_UNITS, VALUE_STATUSES };

/**
 * A parameter in the OpenFisca manner: a described, unit-bearing value that changes only by a new
 * dated entry, each entry with its reference, the source's own sentence and the day it was last
 * checked. History is never rewritten, so a calculation on any date can be reproduced. The tables
 * are data (data/parameters/*.yaml), compiled at build time by scripts/rule-book.ts.
 */
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** The two pages the product is built from (data/references.yaml names them, kind `source-page`). */
export const SOURCE_PAGES = ['jette-sociale-steun', 'stad-brussel-sociale-actie'] as const;

/** Where a value is stated: a page of the rule book's references, or the partner organisation. */
export interface Reference {
	/** A key of data/references.yaml, or 'partner'. Its title in each language is in the words. */
	page: string;
	kind: 'source-page' | 'method' | 'external' | 'partner';
	section?: string;
	label?: string;
	url?: string;
	/** For a partner's value: the organisation's name, when it gave one. */
	organisation?: string;
}

export interface ParameterValue {
	/** The date it takes effect; null when the source gives none ("as published"). */
	from: IsoDate | null;
	value: string | null;
	status: ValueStatus;
	reference: Reference;
	checked: IsoDate;
}

/** A parameter as the calculators use it: no words (those are in the per-language modules). */
export interface Parameter {
	id: string;
	unit: ParameterUnit;
	values: ParameterValue[];
}

/** A parameter as used by one calculation; every result lists these in `sources`. */
export interface ParameterSource {
	id: string;
	/** The value used ('2.50', '12'), or null when unconfirmed. */
	value: string | null;
	/** The date this value took effect; null "as published" (for a partner's value: the reference date). */
	from: IsoDate | null;
	status: ValueStatus | 'partner';
	unconfirmed: boolean;
	reference: Reference;
	/**
	 * For a partner's value only: the value the sources publish for that date (null when they give
	 * none), shown beside it, so that a page setting its own figures cannot pass them off as ours.
	 */
	published?: string | null;
	/** The day the value was last checked against its source; null for a partner's value. */
	checked: IsoDate | null;
}

/**
 * The value in force on `date`: the latest entry that took effect on or before it (an undated
 * entry applies from the start). A date before the first dated entry has no value and is refused,
 * never answered with a guess.
 */
export function valueOn(parameter: Parameter, date: IsoDate): ParameterSource {
	let found: ParameterValue | undefined;
	for (const entry of parameter.values) {
		if (entry.from === null || entry.from <= date) found = entry;
	}
	if (found === undefined) {
		throw new CalcInputError([
			{
				path: ['date'],
				code: 'no-parameter-for-date',
				values: { parameter: parameter.id, earliest: parameter.values[0]!.from ?? '' }
			}
		]);
	}
	return {
		id: parameter.id,
		value: found.value,
		from: found.from,
		status: found.status,
		unconfirmed: found.status === 'unconfirmed',
		reference: found.reference,
		checked: found.checked
	};
}

/** The reference of a value a partner organisation set (named when it gave its name). */
export function partnerReference(organisation?: string): Reference {
	return organisation === undefined
		? { page: 'partner', kind: 'partner' }
		: { page: 'partner', kind: 'partner', organisation };
}
export const PARTNER_REFERENCE: Reference = partnerReference();

/**
 * The parameter's value on `date`, or the partner's override when one is given (already checked
 * and formatted by the calculator's overrides schema).
 */
export function parameterOn(
	parameter: Parameter,
	date: IsoDate,
	override: string | undefined,
	organisation?: string
): ParameterSource {
	if (override !== undefined) {
		let published: string | null = null;
		try {
			published = valueOn(parameter, date).value;
		} catch {
			// A date before our first value: nothing published to show beside the partner's.
		}
		return {
			id: parameter.id,
			value: override,
			from: date,
			status: 'partner',
			unconfirmed: false,
			reference: partnerReference(organisation),
			published,
			checked: null
		};
	}
	return valueOn(parameter, date);
}

import { CalcInputError } from '../errors';
import type { IsoDate } from '../dates';

/**
 * A parameter in the OpenFisca manner: a described, unit-bearing value that changes only by a new
 * dated entry, each entry with its reference. History is never rewritten, so a calculation on any
 * date can be reproduced.
 */
export const PARAMETER_UNITS = [
	'EUR',
	'EUR/month',
	'EUR/meal',
	'months',
	'years',
	'persons',
	'ratio',
	'consumption-units'
] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

/**
 * Where a value comes from: one of the two source pages (cited by section), an external page
 * (the leefloon table), our own documented choice, or a partner organisation's override.
 */
export const REFERENCE_SOURCES = [
	'jette-sociale-steun',
	'stad-brussel-sociale-actie',
	'external',
	'ours',
	'partner'
] as const;
export type ReferenceSource = (typeof REFERENCE_SOURCES)[number];

/*
 * The tables' types. Their schemas (./parameter-schema.ts) check the tables in the tests only: the
 * browser never downloads them.
 */
export type { Parameter, ParameterValue, Reference } from './parameter-schema';
import type { Parameter, ParameterValue, Reference } from './parameter-schema';

/**
 * A parameter table as written in its module, typed but not checked: the tables are static data,
 * checked once by the tests (params/parameters.test.ts runs `defineParameter` on every one), so the
 * browser neither downloads the parameter schema nor runs it on every page load.
 */
export function asParameter(parameter: Parameter): Parameter {
	return parameter;
}

/** A parameter as used by one calculation; every result lists these in `sources`. */
export interface ParameterSource {
	id: string;
	/** The value used ('2.50', '12'), or null when unconfirmed. */
	value: string | null;
	/** The date this value took effect (for a partner's value: the reference date). */
	from: IsoDate;
	unconfirmed: boolean;
	reference: Reference;
	/**
	 * For a partner's value only: the value the sources publish for that date (null when they give
	 * none), shown beside it, so that a page setting its own figures cannot pass them off as ours.
	 */
	published?: string | null;
}

/**
 * The value in force on `date`: the latest entry that took effect on or before it.
 * A date before the first entry has no value and is refused, never answered with a guess.
 */
export function valueOn(parameter: Parameter, date: IsoDate): ParameterSource {
	let found: ParameterValue | undefined;
	for (const entry of parameter.values) {
		if (entry.from <= date) found = entry;
	}
	if (found === undefined) {
		throw new CalcInputError([
			{
				path: ['date'],
				code: 'no-parameter-for-date',
				values: { parameter: parameter.id, earliest: parameter.values[0]!.from }
			}
		]);
	}
	return {
		id: parameter.id,
		value: found.value,
		from: found.from,
		unconfirmed: found.unconfirmed === true,
		reference: found.reference
	};
}

export const PARTNER_REFERENCE: Reference = {
	title: 'Value set by the partner organisation',
	source: 'partner'
};

/**
 * The parameter's value on `date`, or the partner's override when one is given (already checked
 * and formatted by the calculator's overrides schema).
 */
export function parameterOn(
	parameter: Parameter,
	date: IsoDate,
	override: string | undefined
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
			unconfirmed: false,
			reference: PARTNER_REFERENCE,
			published
		};
	}
	return valueOn(parameter, date);
}

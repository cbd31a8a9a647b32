import { z } from 'zod/mini';
import { CalcInputError, type CalcIssue } from './errors';

/**
 * Dates are 'YYYY-MM-DD' strings in Europe/Brussels: a calculation is made "on" a calendar day,
 * never at an instant, so no time zone can move it to the day before.
 */
export type IsoDate = string;

/** A real calendar date: zod's ISO date format refuses 2025-02-30 and 2023-02-29. */
export const isoDateSchema = z.iso.date({ error: 'invalid-date' });

const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Brussels',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** Today's date in Brussels ('YYYY-MM-DD'), the default reference date of every calculator. */
export function todayInBrussels(now: Date = new Date()): IsoDate {
	return BRUSSELS_DAY.format(now);
}

export function isIsoDate(value: unknown): value is IsoDate {
	return isoDateSchema.safeParse(value).success;
}

/**
 * The reference date of a calculation: the given one once checked, or today in Brussels.
 * Throws `CalcInputError` (`invalid-date` at `path`) for anything but a real calendar date.
 */
export function referenceDate(date: unknown, path: CalcIssue['path'] = ['date']): IsoDate {
	if (date === undefined) return todayInBrussels();
	if (!isIsoDate(date)) throw new CalcInputError([{ path, code: 'invalid-date' }]);
	return date;
}

/**
 * Whole years between a birth date and the reference date: a birthday counts from its own day,
 * and someone born on 29 February turns a year older on 1 March in a common year.
 * Returns a negative number when the birth date is after the reference date.
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
	const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	let age = y - by;
	if (m < bm || (m === bm && d < bd)) age -= 1;
	return age;
}

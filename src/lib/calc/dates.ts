import { z } from 'zod/mini';
import { CalcInputError } from './errors';

/** A calendar day, 'YYYY-MM-DD', that exists (2025-02-30 does not). */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const [year, month, day] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

export const isoDateSchema = z.string().check(z.refine(isIsoDate, { message: 'invalid-date' }));

const brusselsDay = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Brussels',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** Today's date in Brussels, whatever the device's time zone: the default reference date. */
export function todayInBrussels(now: Date = new Date()): string {
	return brusselsDay.format(now);
}

/** The reference date of a calculation: the one given (checked) or today in Brussels. */
export function referenceDate(date: unknown, path: (string | number)[] = ['date']): string {
	if (date === undefined) return todayInBrussels();
	if (!isIsoDate(date)) throw new CalcInputError([{ path, code: 'invalid-date' }]);
	return date;
}

/** Whole years between a birth date and a reference date: the age on that day. */
export function ageOn(birthDate: string, date: string): number {
	const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

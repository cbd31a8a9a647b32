/**
 * Is a service open now, and when does it next open or close? Computed in Europe/Brussels time
 * with `Intl.DateTimeFormat` only (no date library), so it runs the same in browsers and Node and
 * follows the daylight-saving changes (last Sunday of March 02:00 → 03:00, last Sunday of October
 * 03:00 → 02:00).
 */
import { CalcInputError } from '../errors';
import type { Schedule, Weekday } from './schema';

export const TIME_ZONE = 'Europe/Brussels';

/** How far ahead `nextOpen` is looked for; the sparsest schedule (2nd and 4th Tuesday) fits. */
export const SEARCH_DAYS = 62;

export interface OpeningStatus {
	openNow: boolean;
	/** The next opening strictly after now (after the current interval when open); null if none. */
	nextOpen: Date | null;
	/** The end of the current interval when open now; null when closed or when no end is known. */
	nextClose: Date | null;
}

const CLOSED: OpeningStatus = { openNow: false, nextOpen: null, nextClose: null };

let formatter: Intl.DateTimeFormat | undefined;

function brusselsFormatter(): Intl.DateTimeFormat {
	formatter ??= new Intl.DateTimeFormat('en-GB', {
		timeZone: TIME_ZONE,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	});
	return formatter;
}

export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

/** The Brussels wall-clock time of an instant. */
export function brusselsWallClock(instant: Date): WallClock & { second: number } {
	const parts: Record<string, number> = {};
	for (const part of brusselsFormatter().formatToParts(instant)) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	return {
		year: parts.year ?? NaN,
		month: parts.month ?? NaN,
		day: parts.day ?? NaN,
		hour: parts.hour ?? NaN,
		minute: parts.minute ?? NaN,
		second: parts.second ?? NaN
	};
}

/** Brussels' offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(epochMs: number): number {
	const wall = brusselsWallClock(new Date(epochMs));
	const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
	return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant of a Brussels wall-clock time. On the October night the hour 02:00–03:00 happens
 * twice: the earlier instant is taken. On the March night 02:00–03:00 does not exist: a time in
 * that gap moves forward by the hour skipped (02:30 → 03:30 summer time), as clocks do.
 */
export function brusselsInstant(wall: WallClock): Date {
	const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
	const DAY = 86_400_000;
	const before = offsetAt(asUtc - DAY);
	const after = offsetAt(asUtc + DAY);
	const candidates = [asUtc - before, asUtc - after].filter((epoch) => {
		const back = brusselsWallClock(new Date(epoch));
		return (
			back.year === wall.year &&
			back.month === wall.month &&
			back.day === wall.day &&
			back.hour === wall.hour &&
			back.minute === wall.minute
		);
	});
	if (candidates.length > 0) return new Date(Math.min(...candidates));
	// In the spring gap: read the time with the offset before the change, i.e. an hour later.
	return new Date(asUtc - before);
}

interface CivilDay {
	year: number;
	month: number;
	day: number;
	weekday: Weekday;
}

/** The calendar day `offset` days after the given one (pure calendar arithmetic, no zone). */
function addDays(year: number, month: number, day: number, offset: number): CivilDay {
	const date = new Date(Date.UTC(year, month - 1, day + offset));
	const js = date.getUTCDay();
	return {
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate(),
		weekday: (js === 0 ? 7 : js) as Weekday
	};
}

function parseClock(time: string): { hour: number; minute: number } {
	const [hour, minute] = time.split(':').map(Number);
	return { hour: hour ?? 0, minute: minute ?? 0 };
}

function at(day: CivilDay, time: string): Date {
	return brusselsInstant({ year: day.year, month: day.month, day: day.day, ...parseClock(time) });
}

interface Interval {
	start: Date;
	/** null: only a start time is known. */
	end: Date | null;
}

/** The intervals a computable schedule gives on one Brussels calendar day. */
function intervalsOn(schedule: Schedule, day: CivilDay): Interval[] {
	switch (schedule.kind) {
		case 'weekly':
			return schedule.ranges
				.filter((range) => range.day === day.weekday)
				.map((range) => ({ start: at(day, range.open), end: at(day, range.close) }));
		case 'working-days':
			return day.weekday <= 5
				? [{ start: at(day, schedule.open), end: at(day, schedule.close) }]
				: [];
		case 'monthly-nth-weekday': {
			// The nth occurrence of a weekday falls on days 7(n−1)+1 … 7n of the month.
			const nth = Math.ceil(day.day / 7);
			if (day.weekday !== schedule.weekday || !(schedule.nth as number[]).includes(nth)) return [];
			const start = at(day, schedule.time);
			const end =
				schedule.durationMinutes === null
					? null
					: new Date(start.getTime() + schedule.durationMinutes * 60_000);
			return [{ start, end }];
		}
		default:
			return [];
	}
}

/**
 * Whether a schedule is open at `now`, and its next opening and closing.
 *
 * - `weekly`, `working-days`: computed from the ranges (public holidays are not known).
 * - `monthly-nth-weekday` without a duration: never open now; `nextOpen` is the next start (at
 *   or after now), `nextClose` null.
 * - `always`: open now, with no next opening or closing.
 * - `by-appointment`, `time-only`, `days-only`, `text`: nothing is computed (closed, nulls): the
 *   source does not give enough to promise an hour.
 */
export function openingStatus(schedule: Schedule, now: Date): OpeningStatus {
	// An invalid Date (new Date('x')) would make Intl throw a RangeError deep inside.
	if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
		throw new CalcInputError([{ path: ['now'], code: 'invalid-date' }]);
	}
	if (schedule.kind === 'always') return { openNow: true, nextOpen: null, nextClose: null };
	if (
		schedule.kind !== 'weekly' &&
		schedule.kind !== 'working-days' &&
		schedule.kind !== 'monthly-nth-weekday'
	) {
		return CLOSED;
	}
	const t = now.getTime();
	const today = brusselsWallClock(now);
	const intervals: Interval[] = [];
	// From yesterday, in case an interval that started then is still running.
	for (let offset = -1; offset <= SEARCH_DAYS; offset++) {
		intervals.push(...intervalsOn(schedule, addDays(today.year, today.month, today.day, offset)));
	}
	intervals.sort((a, b) => a.start.getTime() - b.start.getTime());

	let openNow = false;
	let nextClose: Date | null = null;
	for (const interval of intervals) {
		if (interval.end === null) continue;
		const start = interval.start.getTime();
		const end = interval.end.getTime();
		if (nextClose !== null && start <= nextClose.getTime()) {
			// Back-to-back or overlapping ranges: the service stays open until the later close.
			if (end > nextClose.getTime()) nextClose = interval.end;
		} else if (!openNow && start <= t && t < end) {
			openNow = true;
			nextClose = interval.end;
		}
	}
	const after = openNow && nextClose ? nextClose.getTime() : t;
	const next = intervals.find((interval) => {
		const start = interval.start.getTime();
		if (interval.end === null) return start >= t;
		return start > after;
	});
	return { openNow, nextOpen: next?.start ?? null, nextClose };
}

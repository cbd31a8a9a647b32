import { describe, expect, it } from 'vitest';
import { brusselsInstant, brusselsWallClock, openingStatus } from './opening-hours';
import type { Schedule } from './schema';

const utc = (iso: string) => new Date(iso);

/** The Centre d'Entraide permanence (Administratieve hulp › Regularisatie documenten). */
const permanence: Schedule = {
	kind: 'weekly',
	channel: 'permanence',
	ranges: [
		{ day: 1, open: '10:00', close: '12:00' },
		{ day: 2, open: '14:00', close: '16:00' },
		{ day: 4, open: '10:00', close: '12:00' },
		{ day: 5, open: '14:00', close: '16:00' }
	]
};

/** The legal aid permanence: 2nd and 4th Tuesday of the month at 11:00, no duration given. */
const legalAid: Schedule = {
	kind: 'monthly-nth-weekday',
	channel: 'permanence',
	weekday: 2,
	nth: [2, 4],
	time: '11:00',
	durationMinutes: null
};

const telebalie: Schedule = {
	kind: 'working-days',
	channel: 'phone',
	open: '14:00',
	close: '17:00'
};

describe('brusselsInstant', () => {
	it('uses +1 h in winter and +2 h in summer', () => {
		const winter = { year: 2026, month: 1, day: 12, hour: 10, minute: 0 };
		const summer = { year: 2026, month: 7, day: 6, hour: 10, minute: 0 };
		expect(brusselsInstant(winter).toISOString()).toBe('2026-01-12T09:00:00.000Z');
		expect(brusselsInstant(summer).toISOString()).toBe('2026-07-06T08:00:00.000Z');
	});

	it('moves a time in the spring gap (29 March 2026, 02:00–03:00) forward by an hour', () => {
		const gap = { year: 2026, month: 3, day: 29, hour: 2, minute: 30 };
		expect(brusselsInstant(gap).toISOString()).toBe('2026-03-29T01:30:00.000Z');
		expect(brusselsInstant({ ...gap, hour: 3, minute: 0 }).toISOString()).toBe(
			'2026-03-29T01:00:00.000Z'
		);
		expect(brusselsInstant({ ...gap, hour: 1, minute: 59 }).toISOString()).toBe(
			'2026-03-29T00:59:00.000Z'
		);
	});

	it('takes the earlier of the repeated hour on 25 October 2026', () => {
		const twice = { year: 2026, month: 10, day: 25, hour: 2, minute: 30 };
		expect(brusselsInstant(twice).toISOString()).toBe('2026-10-25T00:30:00.000Z');
		expect(brusselsInstant({ ...twice, hour: 3, minute: 0 }).toISOString()).toBe(
			'2026-10-25T02:00:00.000Z'
		);
	});

	it('reads an instant back as Brussels wall-clock time', () => {
		expect(brusselsWallClock(utc('2026-10-25T01:30:00Z'))).toMatchObject({ hour: 2, minute: 30 });
		expect(brusselsWallClock(utc('2026-10-25T00:30:00Z'))).toMatchObject({ hour: 2, minute: 30 });
	});
});

describe('openingStatus: weekly ranges', () => {
	// Monday 12 January 2026, winter time (UTC+1).
	it('before a range: closed, opens at 10:00', () => {
		expect(openingStatus(permanence, utc('2026-01-12T08:00:00Z'))).toEqual({
			openNow: false,
			nextOpen: utc('2026-01-12T09:00:00Z'),
			nextClose: null
		});
	});

	it('at the opening minute and during a range: open, closes at 12:00, next opens Tuesday 14:00', () => {
		for (const now of ['2026-01-12T09:00:00Z', '2026-01-12T10:00:00Z']) {
			expect(openingStatus(permanence, utc(now))).toEqual({
				openNow: true,
				nextOpen: utc('2026-01-13T13:00:00Z'),
				nextClose: utc('2026-01-12T11:00:00Z')
			});
		}
	});

	it('at the closing minute and after a range: closed, opens Tuesday 14:00', () => {
		for (const now of ['2026-01-12T11:00:00Z', '2026-01-12T15:00:00Z']) {
			expect(openingStatus(permanence, utc(now))).toEqual({
				openNow: false,
				nextOpen: utc('2026-01-13T13:00:00Z'),
				nextClose: null
			});
		}
	});

	it('over a weekend: Friday evening → Monday 10:00', () => {
		expect(openingStatus(permanence, utc('2026-01-16T18:00:00Z')).nextOpen).toEqual(
			utc('2026-01-19T09:00:00Z')
		);
	});

	it('in summer time the same wall-clock hours are an hour earlier in UTC', () => {
		expect(openingStatus(permanence, utc('2026-07-06T08:30:00Z'))).toEqual({
			openNow: true,
			nextOpen: utc('2026-07-07T12:00:00Z'),
			nextClose: utc('2026-07-06T10:00:00Z')
		});
	});

	it('joins back-to-back ranges into one opening', () => {
		const joined: Schedule = {
			kind: 'weekly',
			channel: 'visit',
			ranges: [
				{ day: 1, open: '10:00', close: '12:00' },
				{ day: 1, open: '12:00', close: '14:00' }
			]
		};
		expect(openingStatus(joined, utc('2026-01-12T10:00:00Z'))).toEqual({
			openNow: true,
			nextOpen: utc('2026-01-19T09:00:00Z'),
			nextClose: utc('2026-01-12T13:00:00Z')
		});
	});
});

describe('openingStatus: second and fourth Tuesday at 11:00', () => {
	// March 2026 has five Tuesdays: 3, 10, 17, 24 and 31.
	it('finds the second Tuesday from the start of the month', () => {
		expect(openingStatus(legalAid, utc('2026-03-01T12:00:00Z'))).toEqual({
			openNow: false,
			nextOpen: utc('2026-03-10T10:00:00Z'),
			nextClose: null
		});
	});

	it('goes from the second to the fourth Tuesday', () => {
		expect(openingStatus(legalAid, utc('2026-03-10T10:30:00Z')).nextOpen).toEqual(
			utc('2026-03-24T10:00:00Z')
		);
	});

	it('counts the start minute itself as the next opening (only a start time is known)', () => {
		expect(openingStatus(legalAid, utc('2026-03-10T10:00:00Z'))).toEqual({
			openNow: false,
			nextOpen: utc('2026-03-10T10:00:00Z'),
			nextClose: null
		});
	});

	it('skips the fifth Tuesday (31 March) and goes to 14 April, in summer time', () => {
		expect(openingStatus(legalAid, utc('2026-03-24T12:00:00Z')).nextOpen).toEqual(
			utc('2026-04-14T09:00:00Z')
		);
	});

	it('is open for the duration when one is given', () => {
		const withDuration: Schedule = { ...legalAid, durationMinutes: 60 };
		expect(openingStatus(withDuration, utc('2026-03-10T10:30:00Z'))).toEqual({
			openNow: true,
			nextOpen: utc('2026-03-24T10:00:00Z'),
			nextClose: utc('2026-03-10T11:00:00Z')
		});
	});
});

describe('openingStatus: the nights of the daylight-saving changes (2026)', () => {
	const sundayNight: Schedule = {
		kind: 'weekly',
		channel: 'phone',
		ranges: [{ day: 7, open: '01:00', close: '04:00' }]
	};

	it('29 March: 01:00–04:00 lasts two real hours', () => {
		expect(openingStatus(sundayNight, utc('2026-03-28T23:30:00Z'))).toEqual({
			openNow: false,
			nextOpen: utc('2026-03-29T00:00:00Z'),
			nextClose: null
		});
		expect(openingStatus(sundayNight, utc('2026-03-29T01:30:00Z'))).toEqual({
			openNow: true,
			nextOpen: utc('2026-04-04T23:00:00Z'),
			nextClose: utc('2026-03-29T02:00:00Z')
		});
		expect(openingStatus(sundayNight, utc('2026-03-29T02:00:00Z')).openNow).toBe(false);
	});

	it('25 October: 01:00–04:00 lasts four real hours, open through the repeated hour', () => {
		expect(openingStatus(sundayNight, utc('2026-10-24T23:00:00Z')).openNow).toBe(true);
		// 02:30 winter time, the second 02:30 of the night.
		expect(openingStatus(sundayNight, utc('2026-10-25T01:30:00Z'))).toEqual({
			openNow: true,
			nextOpen: utc('2026-11-01T00:00:00Z'),
			nextClose: utc('2026-10-25T03:00:00Z')
		});
	});

	it('working days 14–17 across the spring change: Friday 13:00 UTC, Monday 12:00 UTC', () => {
		expect(openingStatus(telebalie, utc('2026-03-27T12:00:00Z')).nextOpen).toEqual(
			utc('2026-03-27T13:00:00Z')
		);
		expect(openingStatus(telebalie, utc('2026-03-28T12:00:00Z'))).toEqual({
			openNow: false,
			nextOpen: utc('2026-03-30T12:00:00Z'),
			nextClose: null
		});
	});

	it('working days 14–17 across the autumn change: Friday 12:00 UTC, Monday 13:00 UTC', () => {
		expect(openingStatus(telebalie, utc('2026-10-23T12:30:00Z'))).toEqual({
			openNow: true,
			nextOpen: utc('2026-10-26T13:00:00Z'),
			nextClose: utc('2026-10-23T15:00:00Z')
		});
	});
});

describe('openingStatus: schedules that are never computed as open', () => {
	const now = utc('2026-01-13T13:00:00Z'); // a Tuesday, 14:00 in Brussels
	const closed = { openNow: false, nextOpen: null, nextClose: null };
	const words = { nl: 'sommige zondagen', fr: 'certains dimanches', en: 'some Sundays' };

	it.each<Schedule>([
		{ kind: 'text', channel: 'meals', text: words },
		{ kind: 'by-appointment', channel: 'visit', days: [2] },
		{ kind: 'time-only', channel: 'meals', open: '12:00', close: '14:00' },
		{ kind: 'days-only', channel: 'meals', days: [1, 2, 3, 4, 5] }
	])('$kind', (schedule) => {
		expect(openingStatus(schedule, now)).toEqual(closed);
	});

	it('always: open, with nothing to compute', () => {
		expect(openingStatus({ kind: 'always', channel: 'phone' }, now)).toEqual({
			openNow: true,
			nextOpen: null,
			nextClose: null
		});
	});
});

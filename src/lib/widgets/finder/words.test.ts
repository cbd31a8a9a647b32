import { describe, expect, it } from 'vitest';
import { DIRECTORY } from '../../calc/finder/directory';
import { openingStatus } from '../../calc/finder/opening-hours';
import { formatWhen, statusText } from './words';

/** A Brussels wall-clock time in December 2026 (CET, UTC+1). */
const brussels = (day: number, hour: number) => new Date(Date.UTC(2026, 11, day, hour - 1, 0));

const legalAid = DIRECTORY.find((e) => e.id === 'legal-aid-office')!;
// "elke tweede en vierde dinsdag van de maand … om 11u": in December 2026, the 8th and the 22nd.
const permanence = legalAid.hours.find((s) => s.kind === 'monthly-nth-weekday')!;
const next = (now: Date, lang: 'nl' | 'fr' | 'en') =>
	statusText(permanence, openingStatus(permanence, now), lang, now)?.text;

describe('the next opening names its date', () => {
	it('on Wednesday 2 December: Tuesday 8 December, 11:00 (in three languages)', () => {
		const now = brussels(2, 10);
		expect(next(now, 'en')).toBe('Next time: Tuesday 8 December, 11:00');
		expect(next(now, 'nl')).toContain('Dinsdag 8 december om 11:00');
		expect(next(now, 'fr')).toContain('Mardi 8 décembre à 11:00');
	});

	it('on the first Tuesday (1 December) it is the second, not today', () => {
		expect(next(brussels(1, 9), 'en')).toBe('Next time: Tuesday 8 December, 11:00');
	});

	it('"tomorrow" and "today" where true', () => {
		expect(next(brussels(7, 12), 'en')).toBe('Next time: tomorrow, 11:00');
		expect(next(brussels(8, 9), 'en')).toBe('Next time: today, 11:00');
		expect(formatWhen(brussels(8, 11), 'nl', brussels(7, 23))).toBe('morgen om 11:00');
	});

	it("after the 2nd Tuesday's session, the 4th: Tuesday 22 December", () => {
		expect(next(brussels(8, 12), 'en')).toBe('Next time: Tuesday 22 December, 11:00');
	});
});

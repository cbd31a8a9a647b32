import { describe, expect, it } from 'vitest';
import { CalcInputError } from './errors';
import { leefloonAmount } from './leefloon';

describe('leefloonAmount', () => {
	it('gives the 2025 amounts from 1 February 2025 (the day the amount changes)', () => {
		expect(leefloonAmount('cohabiting', '2025-02-01').amount).toBe('876.13');
		expect(leefloonAmount('single', '2025-02-01').amount).toBe('1314.20');
		expect(leefloonAmount('family', '2025-02-01').amount).toBe('1776.07');
	});

	it('gives the 2024 amounts the day before the change', () => {
		expect(leefloonAmount('cohabiting', '2025-01-31').amount).toBe('858.97');
		expect(leefloonAmount('single', '2025-01-31').amount).toBe('1288.46');
		expect(leefloonAmount('family', '2025-01-31')).toMatchObject({
			amount: '1741.29',
			from: '2024-05-01'
		});
	});

	it('gives the first amounts on their first day, 1 May 2024', () => {
		expect(leefloonAmount('single', '2024-05-01').amount).toBe('1288.46');
	});

	it('refuses a date before the first known amount, naming that date', () => {
		try {
			leefloonAmount('single', '2024-04-30');
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(CalcInputError);
			expect((error as CalcInputError).issues).toEqual([
				{
					path: ['date'],
					code: 'no-parameter-for-date',
					values: { parameter: 'leefloon.single', firstDate: '2024-05-01' }
				}
			]);
		}
	});

	it('refuses an impossible date and an unknown category', () => {
		expect(() => leefloonAmount('single', '2025-02-30')).toThrow(CalcInputError);
		expect(() => leefloonAmount('couple' as never, '2025-03-01')).toThrow(CalcInputError);
	});

	it('cites the source and the date of the amount it used', () => {
		const result = leefloonAmount('family', '2026-11-22');
		expect(result.sources).toEqual([
			expect.objectContaining({
				id: 'leefloon.family',
				value: '1776.07',
				from: '2025-02-01',
				unconfirmed: false
			})
		]);
		expect(result.sources[0]?.reference.source).toBe('external');
		expect(result.steps).toEqual([
			{
				code: 'leefloon-amount',
				values: { category: 'family', amount: '1776.07', from: '2025-02-01' }
			}
		]);
	});

	it("uses a partner's own amount, decimal comma accepted, and says so", () => {
		const result = leefloonAmount('single', '2026-01-01', { params: { single: '1350,55' } });
		expect(result.amount).toBe('1350.55');
		expect(result.sources[0]?.reference.source).toBe('partner');
		expect(() =>
			leefloonAmount('single', '2026-01-01', { params: { couple: 1 } as never })
		).toThrow(CalcInputError);
	});
});

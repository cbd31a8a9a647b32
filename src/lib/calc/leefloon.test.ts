import { describe, expect, it, vi } from 'vitest';
import { CalcInputError, type CalcIssue } from './errors';
import { LEEFLOON_CATEGORIES, leefloonAmount } from './leefloon';

function issuesOf(run: () => unknown): CalcIssue[] {
	try {
		run();
	} catch (error) {
		if (error instanceof CalcInputError) return error.issues;
		throw error;
	}
	throw new Error('expected a CalcInputError');
}

describe('leefloonAmount', () => {
	it('lists the three categories in order 1, 2, 3', () => {
		expect(LEEFLOON_CATEGORIES).toEqual(['cohabiting', 'single', 'family']);
	});

	it('gives the 2025-02-01 amounts from that day on', () => {
		expect(leefloonAmount('cohabiting', '2025-02-01').amount).toBe('876.13');
		expect(leefloonAmount('single', '2025-02-01').amount).toBe('1314.20');
		expect(leefloonAmount('family', '2025-02-01').amount).toBe('1776.07');
		expect(leefloonAmount('single', '2025-02-01').from).toBe('2025-02-01');
	});

	it('gives the 2024-05-01 amounts the day before the change', () => {
		expect(leefloonAmount('cohabiting', '2025-01-31').amount).toBe('858.97');
		expect(leefloonAmount('single', '2025-01-31').amount).toBe('1288.46');
		expect(leefloonAmount('family', '2025-01-31')).toMatchObject({
			amount: '1741.29',
			from: '2024-05-01'
		});
	});

	it('gives the first amounts on the first day of the table, 2024-05-01', () => {
		expect(leefloonAmount('single', '2024-05-01').amount).toBe('1288.46');
	});

	it('refuses the day before the table starts with no-parameter-for-date', () => {
		expect(issuesOf(() => leefloonAmount('single', '2024-04-30'))).toEqual([
			{
				path: ['date'],
				code: 'no-parameter-for-date',
				values: { parameter: 'leefloon.single', earliest: '2024-05-01' }
			}
		]);
	});

	it('lists its step and its source with the reference', () => {
		const result = leefloonAmount('single', '2025-03-01');
		expect(result.steps).toEqual([
			{
				code: 'leefloon-amount',
				values: { category: 'single', amount: '1314.20', from: '2025-02-01' }
			}
		]);
		expect(result.sources).toHaveLength(1);
		expect(result.sources[0]).toMatchObject({
			id: 'leefloon.single',
			value: '1314.20',
			from: '2025-02-01',
			unconfirmed: false,
			reference: { source: 'external' }
		});
		expect(JSON.parse(JSON.stringify(result))).toEqual(result);
	});

	it('uses today in Brussels when no date is given', () => {
		// The clock set to a known instant: 23:30 UTC on 31 January 2025 is already 1 February in
		// Brussels (UTC+1), the day the 1314.20 amount took effect; in UTC it would still be 1288.46.
		vi.useFakeTimers({ now: new Date('2025-01-31T23:30:00Z'), toFake: ['Date'] });
		try {
			expect(leefloonAmount('single').amount).toBe('1314.20');
			expect(leefloonAmount('single').from).toBe('2025-02-01');
			vi.setSystemTime(new Date('2025-01-31T22:30:00Z'));
			expect(leefloonAmount('single').amount).toBe('1288.46');
		} finally {
			vi.useRealTimers();
		}
	});

	it('refuses an unknown category and an invalid date', () => {
		expect(issuesOf(() => leefloonAmount('couple' as never, '2025-03-01'))).toEqual([
			{ path: ['category'], code: 'unknown-value' }
		]);
		expect(issuesOf(() => leefloonAmount('single', '2025-02-30'))).toEqual([
			{ path: ['date'], code: 'invalid-date' }
		]);
	});

	it('takes a partner amount, with a decimal comma, cited as the partner', () => {
		const result = leefloonAmount('single', {
			date: '2025-03-01',
			params: { single: '1340,50' }
		});
		expect(result.amount).toBe('1340.50');
		expect(result.sources[0]).toMatchObject({
			value: '1340.50',
			from: '2025-03-01',
			reference: { source: 'partner' }
		});
		expect(issuesOf(() => leefloonAmount('single', { params: { couple: 1 } as never }))).toEqual([
			{ path: ['params', 'couple'], code: 'unknown-key' }
		]);
	});
});

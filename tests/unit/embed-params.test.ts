import { describe, expect, it } from 'vitest';
import { savingsLoan } from '../../src/lib/calc/savings-loan';
import { parseAttributes } from '../../src/lib/embed/attributes';
import { savingsLoanAttributes } from '../../src/lib/embed/savings-loan/attributes';

// An element's `params` (or an /embed/ page's ?params=) reaches the calculator as written, once
// checked: the calculator reads it as options itself (a checked amount read again used to fail).
describe('params from an attribute, into the calculator', () => {
	const read = (params: string) => (name: string) => (name === 'params' ? params : null);

	it('a valid params attribute is passed on as its JSON, and the calculator accepts it', () => {
		const warnings: string[] = [];
		const parsed = parseAttributes(
			savingsLoanAttributes,
			read('{"minimumMonthlyAmount": "5", "maximumLoan": 900}'),
			(message) => warnings.push(message),
			'en'
		);
		expect(warnings).toEqual([]);
		expect(parsed.params).toEqual({ minimumMonthlyAmount: '5', maximumLoan: 900 });
		const result = savingsLoan(
			{ monthlyAmount: '4', months: 12 },
			{ params: parsed.params as never }
		);
		// 4 € a month is under the site's 5 € minimum (the published one is 2.50 €).
		expect(result.eligible).toBe(false);
		const minimum = result.sources.find((s) => s.id === 'savings.minimum-monthly-amount');
		expect(minimum).toMatchObject({ value: '5.00', published: '2.50' });
	});

	it('an invalid params attribute is dropped with one warning', () => {
		const warnings: string[] = [];
		const parsed = parseAttributes(
			savingsLoanAttributes,
			read('{"minimumMonthlyAmount": "lots"}'),
			(message) => warnings.push(message),
			'en'
		);
		expect(parsed.params).toBeUndefined();
		expect(warnings).toHaveLength(1);
	});
});

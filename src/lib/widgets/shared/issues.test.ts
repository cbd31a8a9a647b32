import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalcInputError } from '../../calc/errors';
import { compute, issueText } from './issues';

afterEach(() => vi.restoreAllMocks());

describe('compute: bad input becomes issues, a bug is logged', () => {
	it('keeps the first issue of each field and logs nothing for bad input', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const computed = compute(() => {
			throw new CalcInputError([
				{ path: ['months'], code: 'too-large', values: { maximum: 1200 } },
				{ path: ['months'], code: 'required' }
			]);
		});
		expect(computed.result).toBeNull();
		expect([...computed.issues]).toEqual([
			['months', { path: ['months'], code: 'too-large', values: { maximum: 1200 } }]
		]);
		expect(log).not.toHaveBeenCalled();
	});

	it('logs an unexpected error to the console instead of swallowing it', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const bug = new TypeError('x is undefined');
		const computed = compute(() => {
			throw bug;
		});
		expect(computed.issues.get('')?.values).toEqual({ unexpected: 1 });
		expect(log).toHaveBeenCalledWith('[aid] unexpected error in a calculation', bug);
	});
});

describe('field errors say the rule, with an example that fits the field', () => {
	const money = (v: string | number) => `€ ${String(v).replace('.', ',')}`;
	it('an age field suggests a whole number, an amount field an amount, in each language', () => {
		const count = { path: ['age'], code: 'not-a-number' as const, values: { kind: 'count' } };
		const amount = { path: ['a'], code: 'not-a-number' as const, values: { kind: 'amount' } };
		expect(issueText(count, 'nl')).toBe('Typ een geheel getal, bijvoorbeeld 3.');
		expect(issueText(count, 'en')).not.toContain('2.50');
		expect(issueText(amount, 'nl')).toBe('Typ een bedrag in euro, bijvoorbeeld 2,50.');
		expect(issueText(amount, 'fr')).toBe('Tapez un montant en euros, par exemple 2,50.');
		expect(issueText(amount, 'en')).toBe('Type an amount in euros, for example 2.50.');
	});

	it('an ambiguous number names both readings', () => {
		const issue = {
			path: ['a'],
			code: 'ambiguous' as const,
			values: { kind: 'amount', first: '1.5', second: '1500' }
		};
		expect(issueText(issue, 'nl', money)).toBe(
			'Dit kan op twee manieren gelezen worden: € 1,5 of € 1500. Typ het zonder scheidingsteken, bijvoorbeeld 1500.'
		);
	});

	it('"too high" names the limit; too long names the length', () => {
		expect(
			issueText({ path: ['a'], code: 'too-large', values: { maximum: '1000000' } }, 'en', money)
		).toBe('This is too high: at most € 1000000.');
		expect(issueText({ path: ['a'], code: 'too-long', values: { maximum: 32 } }, 'fr')).toBe(
			'C’est trop long\u00a0: au plus 32\u00a0caractères.'
		);
	});
});

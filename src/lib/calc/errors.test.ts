import { describe, expect, it } from 'vitest';
import { CalcInputError } from './errors';

describe('CalcInputError', () => {
	it('lists every issue in its message and keeps them for the widgets', () => {
		const error = new CalcInputError([{ path: ['months'], code: 'not-an-integer' }]);
		expect(error.message).toContain('months: not-an-integer');
		expect(error.issues).toEqual([{ path: ['months'], code: 'not-an-integer' }]);
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('CalcInputError');
	});
});

import Decimal from 'decimal.js';
import { z } from 'zod/mini';
import { ageOn, isIsoDate } from './dates';
import { CalcInputError, type CalcIssue } from './errors';

/** Above this, an amount is a typing mistake, not a household budget. */
export const MAX_AMOUNT = new Decimal('1000000');

/**
 * An amount as a form or an attribute gives it: a finite number, or a string with digits and at most
 * one decimal separator, comma or point ("2,50", "2.50", " 2.5 "). Thousands separators, exponents
 * and other signs are refused rather than guessed ("1.000,50" could be read two ways).
 */
const AMOUNT_TEXT = /^-?\d{1,9}([.,]\d{1,6})?$/;

export const amountSchema = z.union([
	z.number(),
	z.string().check(z.regex(/^\s*-?\d{1,9}([.,]\d{1,6})?\s*$/))
]);

/** An amount as an exact decimal; throws CalcInputError with the field's path otherwise. */
export function parseAmount(value: unknown, path: (string | number)[]): Decimal {
	let amount: Decimal;
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new CalcInputError([{ path, code: 'not-a-number' }]);
		// A number arrives as its shortest decimal text (0.1 stays "0.1"), never as a binary float.
		amount = new Decimal(String(value));
	} else if (typeof value === 'string') {
		const text = value.trim();
		if (text === '') throw new CalcInputError([{ path, code: 'required' }]);
		if (!AMOUNT_TEXT.test(text)) throw new CalcInputError([{ path, code: 'not-a-number' }]);
		amount = new Decimal(text.replace(',', '.'));
	} else if (value === undefined || value === null) {
		throw new CalcInputError([{ path, code: 'required' }]);
	} else {
		throw new CalcInputError([{ path, code: 'not-a-number' }]);
	}
	if (amount.abs().gt(MAX_AMOUNT)) {
		throw new CalcInputError([
			{ path, code: 'too-large', values: { maximum: MAX_AMOUNT.toFixed(2) } }
		]);
	}
	return amount;
}

/** A non-negative amount: the usual case for money a household has or pays. */
export function parseMoney(value: unknown, path: (string | number)[]): Decimal {
	const amount = parseAmount(value, path);
	if (amount.isNegative()) {
		throw new CalcInputError([{ path, code: 'too-small', values: { minimum: '0.00' } }]);
	}
	return amount;
}

/** A whole number within limits, from a number or a string of digits ("12"). */
export function parseWholeNumber(
	value: unknown,
	path: (string | number)[],
	limits: { minimum: number; maximum: number }
): number {
	let number: number;
	if (typeof value === 'number') number = value;
	else if (typeof value === 'string' && value.trim() !== '') {
		const text = value.trim();
		if (/^-?\d+$/.test(text)) number = Number(text);
		else if (/^-?\d+([.,]\d+)?$/.test(text))
			throw new CalcInputError([{ path, code: 'not-an-integer' }]);
		else throw new CalcInputError([{ path, code: 'not-a-number' }]);
	} else if (value === undefined || value === null || value === '') {
		throw new CalcInputError([{ path, code: 'required' }]);
	} else throw new CalcInputError([{ path, code: 'not-a-number' }]);
	if (!Number.isFinite(number)) throw new CalcInputError([{ path, code: 'not-a-number' }]);
	if (!Number.isInteger(number)) throw new CalcInputError([{ path, code: 'not-an-integer' }]);
	if (number < limits.minimum) {
		throw new CalcInputError([{ path, code: 'too-small', values: { minimum: limits.minimum } }]);
	}
	if (number > limits.maximum) {
		throw new CalcInputError([{ path, code: 'too-large', values: { maximum: limits.maximum } }]);
	}
	return number;
}

export const AGE_LIMITS = { minimum: 0, maximum: 120 } as const;

/** An age in whole years 0–120, or `{ birthDate }` turned into the age on the reference date. */
export const ageSchema = z.union([
	z.int().check(z.minimum(0), z.maximum(120)),
	z.string().check(z.regex(/^\s*\d{1,3}\s*$/)),
	z.strictObject({ birthDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) })
]);

export function parseAge(value: unknown, path: (string | number)[], date: string): number {
	if (typeof value === 'object' && value !== null && 'birthDate' in value) {
		const birthDate = (value as { birthDate: unknown }).birthDate;
		if (!isIsoDate(birthDate)) {
			throw new CalcInputError([{ path: [...path, 'birthDate'], code: 'invalid-date' }]);
		}
		const age = ageOn(birthDate, date);
		if (age < 0)
			throw new CalcInputError([
				{ path: [...path, 'birthDate'], code: 'too-large', values: { maximum: date } }
			]);
		return parseWholeNumber(age, path, AGE_LIMITS);
	}
	return parseWholeNumber(value, path, AGE_LIMITS);
}

/**
 * Maps zod's issues to our stable codes, so every calculator reports shape errors (a missing field,
 * an unknown key, an unknown enum value) the same way the widgets already word.
 */
export function toCalcIssues(error: { issues: readonly z.core.$ZodIssue[] }): CalcIssue[] {
	return error.issues.map((issue): CalcIssue => {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		switch (issue.code) {
			case 'invalid_type':
				return issue.input === undefined
					? { path, code: 'required' }
					: { path, code: issue.expected === 'number' ? 'not-a-number' : 'invalid' };
			case 'unrecognized_keys':
				return { path: [...path, ...issue.keys.slice(0, 1)], code: 'unknown-key' };
			case 'invalid_value':
				return { path, code: 'unknown-value' };
			case 'too_small':
				return { path, code: 'too-small', values: { minimum: Number(issue.minimum) } };
			case 'too_big':
				return { path, code: 'too-large', values: { maximum: Number(issue.maximum) } };
			case 'invalid_union':
				return { path, code: issue.input === undefined ? 'required' : 'invalid' };
			default:
				return { path, code: 'invalid' };
		}
	});
}

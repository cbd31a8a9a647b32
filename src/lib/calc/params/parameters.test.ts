import { describe, expect, it } from 'vitest';
import { CalcInputError } from '../errors';
import { foodPackageChildAgeLimit } from './food-package-child-age-limit';
import { foodPackageLargeFromPersons } from './food-package-large-from-persons';
import { foodPackageMediumFromPersons } from './food-package-medium-from-persons';
import { foodPackageYoungChildAgeLimit } from './food-package-young-child-age-limit';
import { leefloonCohabiting, leefloonFamily, leefloonSingle } from './leefloon';
import { mealEngelbewaarderPrice } from './meal-engelbewaarder-price';
import { mealOcmwAdultPrice } from './meal-ocmw-adult-price';
import { mealOcmwChildAgeLimit } from './meal-ocmw-child-age-limit';
import { mealOcmwChildPrice } from './meal-ocmw-child-price';
import { mealRestojetPrice } from './meal-restojet-price';
import { oecdAdultWeight } from './oecd-adult-weight';
import { oecdChildAgeLimit } from './oecd-child-age-limit';
import { oecdChildWeight } from './oecd-child-weight';
import { oecdFirstMemberWeight } from './oecd-first-member-weight';
import { PARTNER_REFERENCE, parameterOn, valueOn, type Parameter } from './parameter';
import { defineParameter } from './parameter-schema';
import { savingsLoanMultiplier } from './savings-loan-multiplier';
import { savingsMaximumLoan } from './savings-maximum-loan';
import { savingsMinimumMonthlyAmount } from './savings-minimum-monthly-amount';
import { savingsMinimumMonths } from './savings-minimum-months';

/** Every parameter, its unit and its dated values: the tables are data, checked as data. */
const TABLE: [Parameter, string, [string, string | null][]][] = [
	[savingsMinimumMonthlyAmount, 'EUR/month', [['2024-01-01', '2.50']]],
	[savingsMinimumMonths, 'months', [['2024-01-01', '12']]],
	[savingsLoanMultiplier, 'ratio', [['2024-01-01', '2']]],
	[savingsMaximumLoan, 'EUR', [['2024-01-01', null]]],
	[mealOcmwAdultPrice, 'EUR/meal', [['2024-01-01', '1.50']]],
	[mealOcmwChildPrice, 'EUR/meal', [['2024-01-01', '1.00']]],
	[mealOcmwChildAgeLimit, 'years', [['2024-01-01', '12']]],
	[mealRestojetPrice, 'EUR/meal', [['2024-01-01', '3.00']]],
	[mealEngelbewaarderPrice, 'EUR/meal', [['2024-01-01', null]]],
	[foodPackageMediumFromPersons, 'persons', [['2024-01-01', '3']]],
	[foodPackageLargeFromPersons, 'persons', [['2024-01-01', '5']]],
	[foodPackageChildAgeLimit, 'years', [['2024-01-01', '18']]],
	[foodPackageYoungChildAgeLimit, 'years', [['2024-01-01', '3']]],
	[oecdFirstMemberWeight, 'consumption-units', [['2024-01-01', '1.0']]],
	[oecdAdultWeight, 'consumption-units', [['2024-01-01', '0.5']]],
	[oecdChildWeight, 'consumption-units', [['2024-01-01', '0.3']]],
	[oecdChildAgeLimit, 'years', [['2024-01-01', '14']]],
	[
		leefloonCohabiting,
		'EUR/month',
		[
			['2024-05-01', '858.97'],
			['2025-02-01', '876.13']
		]
	],
	[
		leefloonSingle,
		'EUR/month',
		[
			['2024-05-01', '1288.46'],
			['2025-02-01', '1314.20']
		]
	],
	[
		leefloonFamily,
		'EUR/month',
		[
			['2024-05-01', '1741.29'],
			['2025-02-01', '1776.07']
		]
	]
];

describe('parameters', () => {
	// The modules declare their tables with `asParameter` (no check in the browser): checked here.
	it.each(TABLE)('%# is a valid table', (parameter) => {
		expect(defineParameter(parameter)).toEqual(parameter);
	});

	it('the table above lists every parameter module', () => {
		const modules = import.meta.glob<Record<string, unknown>>('./*.ts', { eager: true });
		const declared = Object.entries(modules)
			.filter(([path]) => !/(parameter|parameter-schema|references|\.test)\.ts$/.test(path))
			.flatMap(([, exports]) => Object.values(exports));
		expect(new Set(declared)).toEqual(new Set(TABLE.map(([parameter]) => parameter)));
	});

	it.each(TABLE)('%# has its unit and dated values', (parameter, unit, values) => {
		expect(parameter.unit).toBe(unit);
		expect(parameter.values.map((v) => [v.from, v.value])).toEqual(values);
		expect(parameter.description.length).toBeGreaterThan(20);
		for (const value of parameter.values) {
			expect(value.unconfirmed === true).toBe(value.value === null);
			expect(value.reference.title.length).toBeGreaterThan(5);
		}
	});

	it('cites the source pages by section, the leefloon and OECD scale as external, our thresholds as ours', () => {
		expect(savingsMinimumMonthlyAmount.values[0]!.reference).toMatchObject({
			source: 'jette-sociale-steun',
			section: 'Financiële hulp › Jetse lening- en spaarvereniging'
		});
		expect(mealOcmwAdultPrice.values[0]!.reference.section).toBe(
			'Materiële hulp › Het sociaal restaurant van het OCMW'
		);
		expect(mealRestojetPrice.values[0]!.reference.section).toBe(
			'Materiële hulp › Het sociaal restaurant Restojet'
		);
		expect(mealEngelbewaarderPrice.values[0]!.reference.section).toBe(
			'Materiële hulp › Het sociaal restaurant De Engelbewaarder'
		);
		expect(foodPackageMediumFromPersons.values[0]!.reference).toMatchObject({
			source: 'ours',
			section: 'Materiële hulp › Voedselhulp'
		});
		expect(leefloonSingle.values.map((v) => v.reference.source)).toEqual(['external', 'external']);
		expect(leefloonSingle.values[1]!.reference.url).toBe('https://bdas-wwsb.brussels/');
		expect(oecdChildWeight.values[0]!.reference.source).toBe('external');
	});

	it('takes the latest value on or before the date; refuses a date before the first', () => {
		expect(valueOn(leefloonSingle, '2025-01-31')).toEqual({
			id: 'leefloon.single',
			value: '1288.46',
			from: '2024-05-01',
			unconfirmed: false,
			reference: leefloonSingle.values[0]!.reference
		});
		expect(valueOn(leefloonSingle, '2030-01-01').value).toBe('1314.20');
		expect(valueOn(savingsMaximumLoan, '2025-01-01')).toMatchObject({
			value: null,
			unconfirmed: true
		});
		expect(() => valueOn(leefloonSingle, '2024-04-30')).toThrow(CalcInputError);
	});

	it('a partner value replaces the table, dated on the reference date', () => {
		expect(parameterOn(savingsMaximumLoan, '2025-03-01', '500.00')).toEqual({
			id: 'savings.maximum-loan',
			value: '500.00',
			from: '2025-03-01',
			unconfirmed: false,
			reference: { title: 'Value set by the partner organisation', source: 'partner' },
			// The sources publish no maximum: nothing to show beside the partner's value.
			published: null
		});
		expect(PARTNER_REFERENCE.source).toBe('partner');
		// The published 2.50 € a month travels beside a partner's 5 €, to be shown with it.
		expect(parameterOn(savingsMinimumMonthlyAmount, '2025-03-01', '5.00')).toMatchObject({
			value: '5.00',
			published: '2.50'
		});
		// Before our first value, a partner's value still applies, with nothing published beside it.
		expect(parameterOn(leefloonSingle, '2024-04-30', '1000.00')).toMatchObject({
			value: '1000.00',
			published: null
		});
		expect(parameterOn(savingsMaximumLoan, '2025-03-01', undefined).value).toBeNull();
	});

	describe('defineParameter refuses a malformed table', () => {
		const reference = { title: 'A page', source: 'ours' as const, section: 'A section' };
		const valid: Parameter = {
			id: 'test.parameter',
			description: 'A parameter for the tests.',
			unit: 'EUR',
			values: [
				{ from: '2024-01-01', value: '1.00', reference },
				{ from: '2024-06-01', value: null, unconfirmed: true, reference }
			]
		};
		const withValues = (values: unknown[]) => ({ ...valid, values }) as Parameter;

		it('accepts a valid one', () => {
			expect(defineParameter(valid)).toEqual(valid);
		});
		it.each([
			['dates out of order', withValues([valid.values[1], valid.values[0]])],
			['the same date twice', withValues([valid.values[0], valid.values[0]])],
			['no values', withValues([])],
			[
				'a null value not marked unconfirmed',
				withValues([{ from: '2024-01-01', value: null, reference }])
			],
			[
				'an unconfirmed value with a number',
				withValues([{ from: '2024-01-01', value: '1', unconfirmed: true, reference }])
			],
			[
				'a value that is not a decimal',
				withValues([{ from: '2024-01-01', value: '1,5', reference }])
			],
			['an impossible date', withValues([{ from: '2024-02-30', value: '1', reference }])],
			[
				'an empty section',
				withValues([{ from: '2024-01-01', value: '1', reference: { ...reference, section: '' } }])
			],
			[
				'an empty title',
				withValues([{ from: '2024-01-01', value: '1', reference: { ...reference, title: '' } }])
			],
			[
				'an unknown source',
				withValues([{ from: '2024-01-01', value: '1', reference: { ...reference, source: 'web' } }])
			],
			['an unknown unit', { ...valid, unit: 'USD' } as unknown as Parameter],
			['an empty description', { ...valid, description: '' }],
			['an id with spaces', { ...valid, id: 'test parameter' }]
		])('%s', (_name, parameter) => {
			expect(() => defineParameter(parameter)).toThrow();
		});
	});
});

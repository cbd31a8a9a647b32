import { describe, expect, it } from 'vitest';
import { CalcInputError, type CalcIssue } from './errors';
import { foodPackage } from './food-package';

const date = '2025-03-01';
const household = (...ages: number[]) => ({ members: ages.map((age) => ({ age })) });
function issuesOf(run: () => unknown): CalcIssue[] {
	try {
		run();
	} catch (error) {
		if (error instanceof CalcInputError) return error.issues;
		throw error;
	}
	throw new Error('expected a CalcInputError');
}

describe('foodPackage', () => {
	it('two adults and two children under 14: 2.1 consumption units, a medium package', () => {
		const result = foodPackage(household(35, 33, 8, 2), { date });
		expect(result).toMatchObject({
			persons: 4,
			consumptionUnits: '2.1',
			children: 2,
			youngChildren: 1,
			packageSize: 'medium',
			babySupplies: true
		});
		expect(result.steps).toEqual([
			{
				code: 'consumption-units',
				values: {
					firstMemberWeight: '1.0',
					membersAged14OrOver: 1,
					adultWeight: '0.5',
					membersUnder14: 2,
					childWeight: '0.3',
					consumptionUnits: '2.1'
				}
			},
			{ code: 'children', values: { childAgeLimit: 18, children: 2 } },
			{ code: 'young-children', values: { youngChildAgeLimit: 3, youngChildren: 1 } },
			{
				code: 'package-size',
				values: { persons: 4, mediumFromPersons: 3, largeFromPersons: 5, packageSize: 'medium' }
			}
		]);
		expect(result.sources.map((s) => [s.id, s.value, s.reference.source])).toEqual([
			['oecd.first-member-weight', '1.0', 'external'],
			['oecd.adult-weight', '0.5', 'external'],
			['oecd.child-weight', '0.3', 'external'],
			['oecd.child-age-limit', '14', 'external'],
			['food-package.child-age-limit', '18', 'ours'],
			['food-package.young-child-age-limit', '3', 'ours'],
			['food-package.medium-from-persons', '3', 'ours'],
			['food-package.large-from-persons', '5', 'ours']
		]);
	});

	it('one person: 1.0, a small package', () => {
		expect(foodPackage(household(70), { date })).toMatchObject({
			persons: 1,
			consumptionUnits: '1.0',
			children: 0,
			youngChildren: 0,
			packageSize: 'small',
			babySupplies: false
		});
	});

	it('the oldest member weighs 1.0, in whatever order they are listed', () => {
		expect(foodPackage(household(5, 40), { date }).consumptionUnits).toBe('1.3');
		expect(foodPackage(household(10, 12), { date }).consumptionUnits).toBe('1.3');
	});

	it('age 14 weighs 0.5, age 13 0.3; 17 is a child, 18 is not; 2 is young, 3 is not', () => {
		expect(foodPackage(household(40, 14), { date }).consumptionUnits).toBe('1.5');
		expect(foodPackage(household(40, 13), { date }).consumptionUnits).toBe('1.3');
		expect(foodPackage(household(40, 17), { date }).children).toBe(1);
		expect(foodPackage(household(40, 18), { date }).children).toBe(0);
		expect(foodPackage(household(40, 2), { date }).youngChildren).toBe(1);
		expect(foodPackage(household(40, 3), { date }).youngChildren).toBe(0);
	});

	it('sizes by persons: 2 small, 3 medium, 4 medium, 5 large', () => {
		expect(foodPackage(household(40, 40), { date }).packageSize).toBe('small');
		expect(foodPackage(household(40, 40, 4), { date }).packageSize).toBe('medium');
		expect(foodPackage(household(40, 40, 4, 4, 4), { date }).packageSize).toBe('large');
	});

	it('a partner sets its own thresholds, cited as the partner', () => {
		const result = foodPackage(household(40, 40), {
			date,
			params: {
				mediumFromPersons: 2,
				largeFromPersons: '4',
				childAgeLimit: 16,
				youngChildAgeLimit: 2
			}
		});
		expect(result.packageSize).toBe('medium');
		expect(result.sources.slice(4).every((s) => s.reference.source === 'partner')).toBe(true);
		expect(
			foodPackage(household(40, 40, 1, 1), { date, params: { largeFromPersons: 4 } }).packageSize
		).toBe('large');
	});

	it('refuses thresholds in the wrong order', () => {
		expect(
			issuesOf(() => foodPackage(household(40), { date, params: { largeFromPersons: 2 } }))
		).toEqual([
			{ path: ['params', 'largeFromPersons'], code: 'too-small', values: { minimum: 3 } }
		]);
		expect(
			issuesOf(() => foodPackage(household(40), { date, params: { mediumFromPersons: 6 } }))
		).toEqual([
			{ path: ['params', 'mediumFromPersons'], code: 'too-large', values: { maximum: 5 } }
		]);
	});

	it('refuses an empty household, and bad ages', () => {
		expect(issuesOf(() => foodPackage({ members: [] }, { date }))).toEqual([
			{ path: ['members'], code: 'too-small', values: { minimum: 1 } }
		]);
		expect(
			issuesOf(() => foodPackage({ members: [{ age: -1 }, { age: '4,5' }] }, { date }))
		).toEqual([
			{ path: ['members', 0, 'age'], code: 'too-small', values: { minimum: 0 } },
			{ path: ['members', 1, 'age'], code: 'not-an-integer' }
		]);
		expect(issuesOf(() => foodPackage(household(...Array<number>(31).fill(30)), { date }))).toEqual(
			[{ path: ['members'], code: 'too-large', values: { maximum: 30 } }]
		);
	});

	it('takes birth dates', () => {
		expect(
			foodPackage(
				{ members: [{ age: { birthDate: '1990-01-01' } }, { age: { birthDate: '2011-03-02' } }] },
				{ date }
			).consumptionUnits
		).toBe('1.3');
	});
});

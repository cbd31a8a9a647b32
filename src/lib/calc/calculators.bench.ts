import { bench, describe } from 'vitest';
import { foodPackage } from './food-package';
import { leefloonAmount } from './leefloon';
import { mealCost } from './meal-cost';
import { savingsLoan } from './savings-loan';
import { savingsPlan } from './savings-plan';

// Evaluations per second of each calculator on a typical input (validation included).
const date = '2025-03-01';

describe('calculators', () => {
	bench('savingsLoan', () => {
		savingsLoan({ monthlyAmount: '2,50', months: 12 }, { date });
	});
	bench('savingsPlan', () => {
		savingsPlan({ targetLoan: '500', monthlyAmount: 10 }, { date });
	});
	bench('mealCost (OCMW, 4 diners, income check)', () => {
		mealCost(
			{
				venue: 'ocmw',
				diners: [{ age: 40 }, { age: 38 }, { age: 12 }, { age: 7 }],
				income: {
					receivesLeefloon: false,
					monthlyNetIncome: '1314,20',
					leefloonCategory: 'single'
				},
				mealsPerMonth: 20
			},
			{ date }
		);
	});
	bench('foodPackage (4 members)', () => {
		foodPackage({ members: [{ age: 35 }, { age: 33 }, { age: 8 }, { age: 2 }] }, { date });
	});
	bench('leefloonAmount', () => {
		leefloonAmount('single', date);
	});
});

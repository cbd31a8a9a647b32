import { asParameter } from './parameter';
import { OURS_FOOD_PACKAGE, RELIED_ON_FROM } from './references';

export const foodPackageChildAgeLimit = asParameter({
	id: 'food-package.child-age-limit',
	description:
		'OUR reading of "the children" in the food-aid sentence: members under 18 (legal minors) count as children.',
	unit: 'years',
	values: [{ from: RELIED_ON_FROM, value: '18', reference: OURS_FOOD_PACKAGE }]
});

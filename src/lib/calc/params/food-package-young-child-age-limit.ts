import { asParameter } from './parameter';
import { OURS_FOOD_PACKAGE, RELIED_ON_FROM } from './references';

export const foodPackageYoungChildAgeLimit = asParameter({
	id: 'food-package.young-child-age-limit',
	description:
		'OUR default: children under 3 are counted apart because they need baby food and nappies, which the package then includes.',
	unit: 'years',
	values: [{ from: RELIED_ON_FROM, value: '3', reference: OURS_FOOD_PACKAGE }]
});

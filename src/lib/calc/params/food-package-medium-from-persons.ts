import { asParameter } from './parameter';
import { OURS_FOOD_PACKAGE, RELIED_ON_FROM } from './references';

export const foodPackageMediumFromPersons = asParameter({
	id: 'food-package.medium-from-persons',
	description:
		'OUR default, not from the sources: a household of this many persons or more gets a medium package. The page says only that packages follow the number of persons and children; a partner sets its own.',
	unit: 'persons',
	values: [{ from: RELIED_ON_FROM, value: '3', reference: OURS_FOOD_PACKAGE }]
});

import { asParameter } from './parameter';
import { OECD_SCALE, RELIED_ON_FROM } from './references';

export const oecdFirstMemberWeight = asParameter({
	id: 'oecd.first-member-weight',
	description:
		'Modified OECD scale: the first member of the household (here the oldest) weighs 1.0.',
	unit: 'consumption-units',
	values: [{ from: RELIED_ON_FROM, value: '1.0', reference: OECD_SCALE }]
});

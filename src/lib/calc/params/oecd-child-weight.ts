import { asParameter } from './parameter';
import { OECD_SCALE, RELIED_ON_FROM } from './references';

export const oecdChildWeight = asParameter({
	id: 'oecd.child-weight',
	description: 'Modified OECD scale: each further member under 14 weighs 0.3.',
	unit: 'consumption-units',
	values: [{ from: RELIED_ON_FROM, value: '0.3', reference: OECD_SCALE }]
});

import { asParameter } from './parameter';
import { OECD_SCALE, RELIED_ON_FROM } from './references';

export const oecdAdultWeight = asParameter({
	id: 'oecd.adult-weight',
	description: 'Modified OECD scale: each further member aged 14 or over weighs 0.5.',
	unit: 'consumption-units',
	values: [{ from: RELIED_ON_FROM, value: '0.5', reference: OECD_SCALE }]
});

import { asParameter } from './parameter';
import { OECD_SCALE, RELIED_ON_FROM } from './references';

export const oecdChildAgeLimit = asParameter({
	id: 'oecd.child-age-limit',
	description:
		'Modified OECD scale: a member under 14 counts as a child (0.3), from 14 as an adult (0.5).',
	unit: 'years',
	values: [{ from: RELIED_ON_FROM, value: '14', reference: OECD_SCALE }]
});

import { numberAttribute, wholeNumberAttribute, type WidgetAttributes } from '../attributes';
import type { DemoInitial } from './DemoWidget.svelte';

export const demoAttributes: WidgetAttributes<DemoInitial> = {
	start: {
		amount: numberAttribute('amount', '25', 0, 100000),
		months: wholeNumberAttribute('months', '12', 1, 120)
	}
};

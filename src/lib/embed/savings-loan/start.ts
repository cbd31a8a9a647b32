import SavingsLoanWidget from '../../widgets/savings-loan/SavingsLoanWidget.svelte';
import type { EmbedWidgetModule } from '../contract';
import { attributeNames, startWidget } from '../start.svelte';
import { savingsLoanAttributes } from './attributes';

// {lang}/aid-savings-loan.js: loaded by loader.js for an <aid-savings-loan> element (see ../contract.ts).
export const attributes: EmbedWidgetModule['attributes'] = attributeNames(savingsLoanAttributes);

export const start: EmbedWidgetModule['start'] = (host) =>
	startWidget('savings-loan', SavingsLoanWidget, savingsLoanAttributes, host);

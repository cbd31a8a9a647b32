import css from '../../widgets/styles/savings-loan.css?inline';
import SavingsLoanWidget from '../../widgets/savings-loan/SavingsLoanWidget.svelte';
import { defineWidget } from '../define.svelte';
import { savingsLoanAttributes } from './attributes';

defineWidget('savings-loan', SavingsLoanWidget, savingsLoanAttributes, css);

import SavingsLoanWidget from '../widgets/savings-loan/SavingsLoanWidget.svelte';
import { startIsland } from './island';

startIsland('savings-loan', SavingsLoanWidget, __AID_LANG__);

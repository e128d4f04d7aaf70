/** The sheet-level formula checks, run on every sheet whether or not a table was recognised. */
import type { SheetRule } from '../types';
import { hardcodedNumber } from './hardcoded';
import { inconsistentFormula } from './inconsistent';
import { sumRange } from './sumRange';

export const formulaRules: SheetRule[] = [inconsistentFormula, hardcodedNumber, sumRange];

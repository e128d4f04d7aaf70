/** Tiny builders for hand-made sheets in the formula-rule tests. */
import type { Cell } from '../../../../src/core/model/workbook';

export const n = (value: number): Cell => ({ value, type: 'number' });
export const t = (value: string): Cell => ({ value, type: 'text' });
/** A formula cell; its cached value does not matter to the formula rules. */
export const f = (formula: string, value = 0): Cell => ({ value, type: 'number', formula });
export const _ = null;

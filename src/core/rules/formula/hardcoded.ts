/**
 * formula.hardcoded — a typed number where the neighbours compute the value.
 *
 * First telltale: a short stretch of typed numbers with formulas of one and the same R1C1
 * pattern immediately on both sides: the formula was filled across the stretch and then
 * overwritten (often by pasting values). Typed numbers at the start or end of a formula run are
 * left alone here: that is where seeds (a first year, an opening balance) and deliberate inputs
 * sit. A typed number that a formula beside it reads is an input, not an overwritten result:
 * tables that alternate inputs and computed columns (Kvinnor, Män, =Kvinnor+Män) or convert
 * units either way (kr typed, tkr computed, or the other way round) look like hard-coding along
 * one line but are not.
 * Second telltale (typedInFormulaColumn.ts): typed numbers in a column that one formula
 * computes section after section.
 */
import type { Finding } from '../../findings/finding';
import { referencedRanges } from '../../formula/references';
import type { SheetRule } from '../types';
import { lines, type Placed } from './lines';
import { hardcodedFinding } from './hardcodedFinding';
import { isReadAsInput } from './readers';
import { typedInFormulaColumns } from './typedInFormulaColumn';
import { isFormulaCell, isNumericConstant, patternKey } from './pattern';

export interface HardcodedOptions {
  /** Longest stretch of typed numbers between two formulas that still counts as overwritten. */
  maxGap: number;
  /** Also look for typed numbers in columns computed by one formula throughout. */
  columnTemplate: boolean;
}

export const HARDCODED_DEFAULTS: HardcodedOptions = { maxGap: 2, columnTemplate: true };

/**
 * A flanking formula that reads the typed numbers themselves (=SUM(R[1]C:R[2]C) over the rows
 * below, a running balance) uses them as inputs: they are not a copy of it that was overwritten.
 */
function flankReads(flank: Placed, stretch: Placed[]): boolean {
  return referencedRanges(flank.cell.formula ?? '').some((x) => x.sheet === undefined
    && stretch.some((p) => x.top <= p.row && p.row <= x.bottom && x.left <= p.col && p.col <= x.right));
}

export function hardcodedNumberRule(options: Partial<HardcodedOptions> = {}): SheetRule {
  const o = { ...HARDCODED_DEFAULTS, ...options };
  return (sheet) => {
    const byCell = new Map<string, Finding>();
    if (o.columnTemplate) for (const f of typedInFormulaColumns(sheet)) byCell.set(f.cell, f);
    for (const axis of ['column', 'row'] as const) {
      for (const line of lines(sheet, axis)) {
        let i = 0;
        while (i < line.length) {
          if (!isNumericConstant(line[i].cell)) { i++; continue; }
          let j = i;
          while (j + 1 < line.length && isNumericConstant(line[j + 1].cell)) j++;
          const before = line[i - 1];
          const after = line[j + 1];
          if (j - i + 1 <= o.maxGap && before && after && isFormulaCell(before.cell) && isFormulaCell(after.cell)) {
            const kb = patternKey(before.cell, before.row, before.col);
            const ka = patternKey(after.cell, after.row, after.col);
            const stretch = line.slice(i, j + 1);
            if (kb !== undefined && kb === ka && !flankReads(before, stretch) && !flankReads(after, stretch)) {
              for (let k = i; k <= j; k++) {
                if (isReadAsInput(sheet, line[k].row, line[k].col, axis)) continue;
                const f = hardcodedFinding(sheet.name, line[k], before, axis);
                if (!byCell.has(f.cell)) byCell.set(f.cell, f);
              }
            }
          }
          i = j + 1;
        }
      }
    }
    return [...byCell.values()];
  };
}

export const hardcodedNumber: SheetRule = hardcodedNumberRule();

/**
 * formula.hardcoded — a typed number where the neighbours along the line compute the value.
 *
 * The telltale is a short stretch of typed numbers with formulas of one and the same R1C1
 * pattern immediately on both sides: the formula was filled across the stretch and then
 * overwritten (often by pasting values). Typed numbers at the start or end of a formula run are
 * left alone: that is where seeds (a first year, an opening balance) and deliberate inputs sit.
 * A typed number that a formula in its row or column reads is an input, not an overwritten
 * result: tables that alternate inputs and computed columns (Pojkar, Flickor, =Pojkar+Flickor)
 * or convert units either way (kr typed, tkr computed, or the other way round) look like
 * hard-coding along one line but are not.
 */
import { a1 } from '../../model/address';
import type { Finding } from '../../findings/finding';
import { referencedRanges } from '../../formula/references';
import { translateFormula } from '../../formula/translate';
import { ruleInfo } from '../catalogue';
import type { SheetRule } from '../types';
import { swedishNumber } from './describe';
import { axisWord, lines, type Axis, type Placed } from './lines';
import { isReadAsInput } from './readers';
import { isFormulaCell, isNumericConstant, patternKey, r1c1Of } from './pattern';

export interface HardcodedOptions {
  /** Longest stretch of typed numbers between two formulas that still counts as overwritten. */
  maxGap: number;
}

export const HARDCODED_DEFAULTS: HardcodedOptions = { maxGap: 2 };

const RULE = 'formula.hardcoded';

function finding(sheetName: string, p: Placed, model: Placed, axis: Axis): Finding {
  const cell = a1(p.row, p.col);
  const expected = translateFormula(model.cell.formula ?? '', p.row - model.row, p.col - model.col);
  const r1c1 = r1c1Of(model.cell, model.row, model.col) ?? '';
  return {
    rule: RULE,
    severity: ruleInfo(RULE).severity,
    sheet: sheetName,
    cell,
    message: `I ${cell} står det inskrivna talet ${swedishNumber(p.cell.value as number)} där grannarna i `
      + `${axisWord(axis)} räknas med formeln ${r1c1} (här ${expected}); talet uppdateras inte när underlaget ändras.`,
    found: p.cell.value as number,
  };
}

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
                const f = finding(sheet.name, line[k], before, axis);
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

/**
 * The second telltale of hard-coding: a column computed by one formula throughout, section
 * after section (the same computation, possibly reading other rows or sheets per section), in
 * which one section holds typed numbers beside copies of that formula. The comparison is by
 * shape, not by R1C1 text, because each section may read its own rows elsewhere.
 *
 * Guards, each for a layout that is legitimately mixed:
 * - the formula must clearly own the column (most of its figures, and many of them);
 * - a formula that reads its own column (a running balance, =previous year + 1) makes typed
 *   cells seeds, so such columns are skipped;
 * - only typed numbers that share a block (cells without a blank between) with copies of the
 *   formula count, and none that a formula in its row takes as an input;
 * - a whole number 1900–2100 is a year heading, not a figure.
 */
import type { Finding } from '../../findings/finding';
import { referencedRanges } from '../../formula/references';
import type { Sheet } from '../../model/workbook';
import { isYearHeading } from './figures';
import { hardcodedFinding } from './hardcodedFinding';
import { lines, runs, type Placed } from './lines';
import { isFormulaCell, isNumericConstant, shapeKey } from './pattern';
import { isReadAsInput } from './readers';

/** Fewest copies of the formula before a column counts as computed by it. */
const MIN_COPIES = 6;
/** Share of the column's formulas that must have the dominant shape. */
const MIN_SHARE = 0.75;
/** The copies must outnumber the typed numbers by this factor. */
const OVER_TYPED = 2;

function readsOwnColumn(p: Placed): boolean {
  return referencedRanges(p.cell.formula ?? '').some((r) => r.sheet === undefined
    && r.left <= p.col && p.col <= r.right && !(r.top === p.row && r.bottom === p.row));
}

export function typedInFormulaColumns(sheet: Sheet): Finding[] {
  const out: Finding[] = [];
  for (const line of lines(sheet, 'column')) {
    const formulas = line.filter((p) => isFormulaCell(p.cell));
    const typed = line.filter((p) => isNumericConstant(p.cell) && !isYearHeading(p.cell));
    if (formulas.length < MIN_COPIES || typed.length === 0) continue;
    const shapes = new Map<string, number>();
    const shapeOf = new Map<Placed, string>();
    for (const p of formulas) {
      const s = shapeKey(p.cell.formula ?? '');
      shapeOf.set(p, s);
      shapes.set(s, (shapes.get(s) ?? 0) + 1);
    }
    const [shape, copies] = [...shapes].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (copies < MIN_COPIES || copies < MIN_SHARE * formulas.length || copies < OVER_TYPED * typed.length) continue;
    const models = formulas.filter((p) => shapeOf.get(p) === shape);
    if (models.some(readsOwnColumn)) continue;
    for (const block of runs(line, (p) => p.cell.type !== 'empty')) {
      const inBlock = block.filter((p) => shapeOf.get(p) === shape);
      if (inBlock.length === 0) continue;
      for (const p of block) {
        if (!isNumericConstant(p.cell) || isYearHeading(p.cell) || isReadAsInput(sheet, p.row, p.col, 'column')) continue;
        const model = inBlock.reduce((a, b) => (Math.abs(b.row - p.row) < Math.abs(a.row - p.row) ? b : a));
        out.push(hardcodedFinding(sheet.name, p, model, 'column'));
      }
    }
  }
  return out;
}

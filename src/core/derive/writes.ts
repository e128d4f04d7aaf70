/** The cell writes for what the user ticked in the preview. */
import type { CellWrite } from '../model/cellWrite';
import type { DerivationPlan, DerivedCell } from './types';
import { NO_RATIO } from './formulas';

/** Key of a derived cell in a selection: "Resultatrapport!D5". */
export function derivedCellKey(sheet: string, cell: DerivedCell): string {
  return `${sheet}!${cell.cell}`;
}

/** What the preview ticks before the user changes anything. */
export function defaultSelection(plans: DerivationPlan[]): Set<string> {
  const keys = new Set<string>();
  for (const p of plans) for (const c of p.columns) for (const cell of c.cells) if (cell.selected) keys.add(derivedCellKey(p.sheet, cell));
  return keys;
}

/** Formula-ok cells are never written, whatever the selection says: they are already right. */
export function derivationWrites(plans: DerivationPlan[], selection: ReadonlySet<string>): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const plan of plans) {
    for (const column of plan.columns) {
      const cells = column.cells.filter((c) => c.state !== 'formula-ok' && selection.has(derivedCellKey(plan.sheet, c)));
      if (cells.length === 0) continue;
      if (column.headerWrite) writes.push(column.headerWrite);
      const ratio = column.kind === 'relation' || column.kind === 'growth';
      for (const c of cells) {
        const result = c.result ?? (ratio ? NO_RATIO : undefined);
        writes.push({ sheet: plan.sheet, cell: c.cell, formula: c.formula, ...(result !== undefined ? { result } : {}), ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) });
      }
    }
  }
  return writes;
}

/**
 * "Beräkna avvikelser": for every recognised table, the derived columns it has or could have,
 * and per row what would be written, what the cell holds now and whether it is ticked.
 * Pure: the pane shows the plan as a preview, the host writes only what the user confirms.
 */
import type { FigureReader } from '../check/figures';
import { consistent } from '../check/mismatch';
import { referencedRanges } from '../formula/references';
import { a1, columnLetters, rangeA1 } from '../model/address';
import { cellAt, type Cell, type Sheet, type Workbook } from '../model/workbook';
import { cellNumberText } from '../numbers/cellNumberText';
import { isPercentFormat } from '../numbers/displayPrecision';
import { point } from '../numbers/interval';
import { readWorkbook } from '../reading/readWorkbook';
import { rowSign } from '../reading/orientation';
import type { DerivedColumn as ReadDerivedColumn } from '../reading/types';
import type { Table, TableRow } from '../tables/table';
import { explainDerived } from './explain';
import { derivedFormula, derivedResult } from './formulas';
import { derivedSpecs, type DerivedSpec } from './specs';
import { tableUnit } from './tableUnit';
import type { CellState, DerivationPlan, DerivedCell, DerivedColumn } from './types';
import { derivedNumberFormat } from './numberFormat';
import { freeColumns } from './freeColumns';

/** Plans for every table of the named sheet, or of the whole workbook. */
export function planDerivations(workbook: Workbook, sheetName?: string): DerivationPlan[] {
  const plans: DerivationPlan[] = [];
  // Beräkna reads the tables as the checks do: one reading, one answer to "what is a budgetavvikelse".
  for (const t of readWorkbook(workbook).tables) {
    if (sheetName !== undefined && t.sheet.name !== sheetName) continue;
    const plan = planTable(t.sheet, t.table, t.figures, t.structure.derived);
    if (plan.columns.length > 0) plans.push(plan);
  }
  return plans;
}

function planTable(sheet: Sheet, table: Table, figures: FigureReader, derived: ReadDerivedColumn[]): DerivationPlan {
  const unit = tableUnit(sheet, table);
  const specs = derivedSpecs(table, derived);
  const newCols = freeColumns(sheet, table.range, specs.filter((s) => !s.target).length);
  let next = 0;
  const columns: DerivedColumn[] = [];
  for (const spec of specs) {
    const col = spec.target?.col ?? newCols[next++];
    if (col === undefined) continue;
    const column = planColumn(sheet, table, figures, spec, col, unit);
    if (column.cells.length > 0) columns.push(column);
  }
  return {
    sheet: sheet.name,
    range: rangeA1(table.range.top, table.range.left, table.range.bottom, table.range.right),
    kind: table.kind,
    ...(table.title ? { title: table.title } : {}),
    ...(unit ? { unit } : {}),
    columns,
  };
}

function planColumn(sheet: Sheet, table: Table, figures: FigureReader, spec: DerivedSpec, col: number, unit: string | undefined): DerivedColumn {
  const isNew = spec.target === undefined;
  const cells: DerivedCell[] = [];
  for (const row of table.rows) {
    if (row.kind === 'section' || row.kind === 'nonMoney') continue;
    const cell = planCell(sheet, table, figures, spec, row, col, unit, isNew);
    if (cell) cells.push(cell);
  }
  const headerRow = table.headerRows[table.headerRows.length - 1] ?? table.range.top;
  return {
    id: `${sheet.name}!${columnLetters(col)}`,
    kind: spec.kind,
    header: spec.header,
    col,
    isNew,
    description: spec.description,
    inputHeaders: [spec.a.header, spec.b.header],
    ...(isNew ? { headerWrite: { sheet: sheet.name, cell: a1(headerRow, col), value: spec.header, bold: true } } : {}),
    cells,
  };
}

function planCell(
  sheet: Sheet, table: Table, figures: FigureReader, spec: DerivedSpec, row: TableRow, col: number, unit: string | undefined, isNew: boolean,
): DerivedCell | undefined {
  const a = figures.get(row.row, spec.a.col);
  const b = figures.get(row.row, spec.b.col);
  // A row with no figure in either input has nothing to derive (a heading typed as a leaf).
  if ((!a || a.blank) && (!b || b.blank)) return undefined;
  const av = a?.value ?? 0;
  const bv = b?.value ?? 0;
  const existing = cellAt(sheet, row.row, col);
  const percentFormatted = !isNew && isPercentFormat(existing.numberFormat);
  const isVariance = spec.kind === 'budgetVariance' || spec.kind === 'forecastVariance';
  const sign = isVariance ? rowSign({ table, figures }, row, spec) : 1;
  const aRef = a1(row.row, spec.a.col);
  const bRef = a1(row.row, spec.b.col);
  const formula = derivedFormula(spec.kind, aRef, bRef, sign, percentFormatted);
  const result = derivedResult(spec.kind, av, bv, sign, percentFormatted);
  const decimals = Math.max(a?.decimals ?? 0, b?.decimals ?? 0, isVariance || spec.kind === 'change' ? 0 : 1);
  const state = cellState(existing, figures, row.row, col, [aRef, bRef], result);
  const numberFormat = derivedNumberFormat(spec.kind, existing, cellAt(sheet, row.row, spec.a.col), decimals);
  return {
    row: row.row,
    cell: a1(row.row, col),
    label: row.label,
    state,
    current: currentText(existing),
    inputs: [av, bv],
    formula,
    ...(numberFormat ? { numberFormat } : {}),
    ...(result !== undefined ? { result } : {}),
    explanation: explainDerived({ kind: spec.kind, row, a: av, b: bv, sign, result, decimals, unit, table, percentFormatted }),
    // New variance columns are what "Beräkna avvikelser" is for; other new columns are offered unticked.
    selected: state === 'error' || (state === 'empty' && (!isNew || isVariance)),
  };
}

/** A formula is "already right" when it reads exactly the two inputs and shows the figure they give. */
function cellState(cell: Cell, figures: FigureReader, row: number, col: number, inputs: string[], result: number | undefined): CellState {
  if (cell.type === 'error') return 'error';
  if (cell.formula) {
    const refs = referencedRanges(cell.formula).filter((r) => r.sheet === undefined);
    const read = new Set(refs.map((r) => a1(r.top, r.left)));
    const readsInputs = refs.every((r) => r.top === r.bottom && r.left === r.right) && read.size === 2 && inputs.every((i) => read.has(i));
    const target = figures.target(row, col);
    const showsResult = result === undefined ? cell.type !== 'number' : target !== undefined && consistent(target, point(result));
    return readsInputs && showsResult ? 'formula-ok' : 'formula-other';
  }
  if (cell.type === 'empty' || (cell.type === 'text' && String(cell.value).trim() === '')) return 'empty';
  return 'value';
}

/**
 * What a cell holds as the user sees it: its formula, else its figure in sv-SE (from the value, not
 * the host's text, so a negative always has the real minus sign, as in every other figure), else its text.
 */
export function currentText(cell: Cell): string {
  if (cell.formula) return cell.formula;
  if (typeof cell.value === 'number') return cellNumberText(cell.value, cell.numberFormat);
  if (cell.display !== undefined) return cell.display;
  return cell.value === null ? '' : String(cell.value);
}

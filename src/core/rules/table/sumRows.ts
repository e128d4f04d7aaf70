import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Figure } from '../../check/figures';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import type { Interval } from '../../numbers/interval';
import type { TableColumn } from '../../tables/table';
import { isAdditive } from '../../recognize/columnRoles';
import { isSumCell } from '../../reading/sumCell';
import { addUp, partsIn } from '../../reading/sumReadings';
import { describeParts } from '../../reading/describeStructure';
import type { SumPart, SumReading } from '../../reading/types';
import { cellName, type TableContext } from './context';

/** With this many columns, a row that fails in every one of them is not a sum row at all. */
const COLUMNS_TO_DISMISS_ROW = 3;

interface Result {
  col: TableColumn;
  target: Figure;
  parts: SumPart[];
  values: Figure[];
  expected?: Interval;
  ok: boolean;
}

/**
 * sum.row-total: every Summa/Totalt/Resultat row against the rows the reading says it adds,
 * within rounding. Where two readings fit the figures equally well but disagree on the cells to
 * flag, an info says so instead of an error (sum.ambiguous).
 */
export function checkSumRows(ctx: TableContext): Finding[] {
  const { table } = ctx;
  const columns = table.columns.filter(isAdditive);
  const evaluated = ctx.structure.sums.map((s) => ({ s, results: evaluate(ctx, s, columns) }));
  const confirmedRows = evaluated.filter(({ results }) => results.some((r) => r.ok && r.expected)).length;
  const findings: Finding[] = [];
  for (const { s, results } of evaluated) {
    const failing = results.filter((r) => !r.ok && r.expected);
    if (failing.length === 0) continue;
    if (s.ambiguousWith) {
      findings.push(ambiguityFinding(ctx, s, failing[0].col));
      continue;
    }
    // A row failing in every column is read as "not a sum" (an average, a count of something
    // else) unless its label is a Swedish sum word and the table's other sums confirm the layout.
    const passed = results.filter((r) => r.ok && r.expected).length;
    const knownLayout = table.kind !== 'generic';
    if (passed === 0 && results.length >= COLUMNS_TO_DISMISS_ROW && !knownLayout && (!isSwedishSumLabel(s.row.label) || confirmedRows === 0)) continue;
    for (const r of failing) findings.push(sumFinding(ctx, s, r));
  }
  return findings;
}

function evaluate(ctx: TableContext, s: SumReading, columns: TableColumn[]): Result[] {
  const out: Result[] = [];
  for (const col of columns) {
    const target = ctx.figures.target(s.row.row, col.col);
    if (!target || target.blank || !isSumCell(ctx.sheet, ctx.table.range, s.row.row, col.col)) continue;
    const parts = partsIn(col, s.parts);
    const sum = addUp(ctx.figures, parts, col);
    if (!sum) out.push({ col, target, parts, values: [], ok: true });
    else out.push({ col, target, parts, values: sum.values, expected: sum.expected, ok: consistent(target, sum.expected) });
  }
  return out;
}

function isSwedishSumLabel(label: string): boolean {
  const l = label.trim().replace(/\s*(%|mnkr|tkr|\(.*\))$/i, '');
  return /^(summa|totalt|totala|resultat|verksamhetens nettokostnad|nettokostnad|årets resultat|periodens resultat)(\s|$|:)/i.test(l) || /\s(totalt|resultat)$/i.test(l);
}

function sumFinding(ctx: TableContext, s: SumReading, r: Result): Finding {
  const m = measure(r.target, r.expected!);
  const d = Math.max(r.target.decimals, ...r.values.map((p) => p.decimals));
  const what = s.describe === 'rows' ? describeRun(r.parts, r.col.col) : `${describeParts(r.parts)} ger`;
  const message = `${cellName(ctx.table, s.row.row, r.col)} (${a1(s.row.row, r.col.col)}) är ${fmt(r.target.value, d)} men ${what} ${fmt(m.expected, d)}; ${differenceClause(m, d)}.`;
  return makeFinding('sum.row-total', ctx.table.sheet, s.row.row, r.col.col, message, m);
}

function describeRun(parts: SumPart[], col: number): string {
  const first = a1(parts[0].row.row, col);
  const last = a1(parts[parts.length - 1].row.row, col);
  if (parts.length === 1) return `raden ${first} är`;
  const contiguous = parts.every((p, i) => i === 0 || p.row.row > parts[i - 1].row.row);
  return contiguous ? `raderna ${first}–${last} summerar till` : `${describeParts(parts)} ger`;
}

function ambiguityFinding(ctx: TableContext, s: SumReading, col: TableColumn): Finding {
  const one = describeParts(s.parts);
  const other = describeParts(s.ambiguousWith!);
  return makeFinding('sum.ambiguous', ctx.table.sheet, s.row.row, col.col,
    `Tabellen kan läsas på två sätt: ${s.row.label} kan vara ${one} eller ${other}, och siffrorna stämmer lika bra med båda. Kontrollera vilka rader summan ska omfatta.`);
}

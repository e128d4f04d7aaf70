import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Figure } from '../../check/figures';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { cellAt } from '../../model/workbook';
import { referencedRanges } from '../../formula/references';
import { scale, sumIntervals, type Interval } from '../../numbers/interval';
import type { TableColumn, TableRow } from '../../tables/table';
import { isAdditive } from '../../recognize/columnRoles';
import { cellName, type TableContext } from './context';
import { AMOUNT_ROLES } from '../../recognize/signConvention';
import { sumCoverages, type Coverage } from './sumCoverage';

/** With this many columns, a row that fails in every one of them is not a sum row at all. */
const COLUMNS_TO_DISMISS_ROW = 3;

/**
 * sum.row-total: every Summa/Totalt/Resultat row against the rows it covers, within rounding.
 * The row is read with the coverage most of its columns agree with (expected one on ties).
 */
export function checkSumRows(ctx: TableContext): Finding[] {
  const { table, figures } = ctx;
  const columns = table.columns.filter(isAdditive);
  // With costs written positive, amounts are netted (intäkter − kostnader) but variance and
  // change columns are already "positive = better" on every row and simply add up.
  const signed = sumCoverages(table.rows, table.signConvention === 'costs-positive');
  const plain = sumCoverages(table.rows, false);
  const failing: Array<{ row: TableRow; results: Array<{ ok: boolean; expected?: Interval; parts: Figure[]; cov: Coverage }>; checks: Array<{ col: TableColumn; target: Figure }>; passed: number }> = [];
  let confirmedRows = 0;
  for (const [row, signedCandidates] of signed) {
    const plainCandidates = plain.get(row)!;
    const candidateFor = (i: number, col: TableColumn) => (AMOUNT_ROLES.has(col.role) ? signedCandidates[i] : plainCandidates[i]);
    const candidates = signedCandidates;
    const checks = columns
      .map((col) => ({ col, target: figures.target(row.row, col.col) }))
      .filter((c): c is { col: TableColumn; target: Figure } => !!c.target && !c.target.blank && isSumCell(ctx, row.row, c.col.col));
    if (checks.length === 0 || candidates.length === 0) continue;
    const evaluate = (i: number) =>
      checks.map(({ col, target }) => {
        const cov = candidateFor(i, col);
        if (cov.parts.length === 0) return { ok: false, expected: undefined, parts: [] as Figure[], cov };
        const parts = cov.parts.map((p) => figures.get(p.row.row, col.col));
        // Nothing to add up (all blank) is no evidence either way.
        if (parts.some((p) => p === undefined) || parts.every((p) => p!.blank)) return { ok: true, expected: undefined, parts: [] as Figure[], cov };
        const expected = sumIntervals(parts.map((p, i) => scale(p!.interval, cov.parts[i].weight)));
        return { ok: consistent(target, expected), expected, parts: parts as Figure[], cov };
      });
    // The expected reading usually holds everywhere; only then are alternatives skipped.
    const first = evaluate(0);
    if (first.every((x) => x.ok)) {
      confirmedRows++;
      continue;
    }
    const evaluated = [first, ...candidates.slice(1).map((_, i) => evaluate(i + 1))];
    const passes = evaluated.map((e) => (e.every((x) => x.cov.parts.length === 0) ? -1 : e.filter((x) => x.ok).length));
    const best = passes.indexOf(Math.max(...passes));
    if (passes[best] < 0) continue;
    if (passes[best] > 0) confirmedRows++;
    failing.push({ row, results: evaluated[best], checks, passed: passes[best] });
  }
  const findings: Finding[] = [];
  for (const { row, results, checks, passed } of failing) {
    // A row failing in every column is read as "not a sum" (an average, a count of something
    // else) unless its label is a Swedish sum word and the table's other sums confirm the layout.
    const knownLayout = table.kind !== 'generic';
    if (passed === 0 && checks.length >= COLUMNS_TO_DISMISS_ROW && !knownLayout && (!isSwedishSumLabel(row.label) || confirmedRows === 0)) continue;
    results.forEach((res, i) => {
      if (res.ok || !res.expected) return;
      findings.push(sumFinding(ctx, row, checks[i].col, checks[i].target, res.expected, res.cov, res.parts));
    });
  }
  return findings;
}

function isSwedishSumLabel(label: string): boolean {
  const l = label.trim().replace(/\s*(%|mnkr|tkr|\(.*\))$/i, '');
  return /^(summa|totalt|totala|resultat|verksamhetens nettokostnad|nettokostnad|årets resultat|periodens resultat)(\s|$|:)/i.test(l) || /\s(totalt|resultat)$/i.test(l);
}

/**
 * A constant, or a formula that adds up cells of its own column inside the table. A formula
 * that averages, divides or fetches figures from elsewhere is not a sum of the rows above.
 */
function isSumCell(ctx: TableContext, row: number, col: number): boolean {
  const formula = cellAt(ctx.sheet, row, col).formula;
  if (!formula) return true;
  const body = formula.replace(/^=/, '').replace(/"[^"]*"/g, '');
  const functions = body.match(/[A-Z][A-Z0-9.]*(?=\()/gi) ?? [];
  if (functions.some((f) => !/^(SUM|SUMMA|ROUND|AVRUNDA|SUBTOTAL|DELSUMMA)$/i.test(f))) return false;
  if (/[*/^]/.test(body)) return false;
  const { top, bottom } = ctx.table.range;
  return referencedRanges(formula).every((r) => r.sheet === undefined && r.left === col && r.right === col && r.top >= top && r.bottom <= bottom);
}

function sumFinding(ctx: TableContext, row: TableRow, col: TableColumn, target: Figure, expected: Interval, cov: Coverage, parts: Figure[]): Finding {
  const m = measure(target, expected);
  const d = Math.max(target.decimals, ...parts.map((p) => p.decimals));
  const first = a1(cov.parts[0].row.row, col.col);
  const last = a1(cov.parts[cov.parts.length - 1].row.row, col.col);
  const what =
    cov.describe === 'rows'
      ? cov.parts.length === 1 ? `raden ${first} är` : `raderna ${first}–${last} summerar till`
      : `${cov.parts.map((p) => (p.weight < 0 ? '− ' : '') + p.row.label).join(' + ').replace(/\+ − /g, '− ')} ger`;
  const message = `${cellName(ctx.table, row.row, col)} (${a1(row.row, col.col)}) är ${fmt(target.value, d)} men ${what} ${fmt(m.expected, d)}; ${differenceClause(m, d)}.`;
  return makeFinding('sum.row-total', ctx.table.sheet, row.row, col.col, message, m);
}

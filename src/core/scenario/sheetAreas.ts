/**
 * The scenario sheet's table for a driftbudget per område: omsättning and budgetram, base and
 * scenario, each område's net cost and its result against its ram — as areas.ts computes them.
 * A ram change is shared as a live formula (by omsättning, or to its own område), so changing
 * the parameter cell or an omsättning in Excel moves every område.
 */
import type { TableColumn, TableRow } from '../tables/table';
import { turnoverColumn } from './areas';
import { baseValue, type ScenarioBase } from './base';
import type { Effects } from './effects';
import { frameColumn } from './frame';
import type { Parameter } from './parameters';
import { matchRows } from './rowMatch';
import { AMOUNT, leafFormula, sumParts, term, weighted, type NetCostCells, type ParameterCells, type PutRow } from './sheetFormulas';

export type AreaTable = { ok: true; net: NetCostCells } | { ok: false; message: string };

const COLUMNS = ['B', 'C', 'D', 'E', 'F', 'G'];

export function areaTable(base: ScenarioBase, parameters: readonly Parameter[], effects: Effects, cellOf: ParameterCells, put: PutRow): AreaTable {
  const fc = frameColumn(base, base.primary);
  const tc = fc ? turnoverColumn(base, fc) : undefined;
  if (!fc || !tc) return { ok: false, message: `Driftbudgeten på bladet ${base.sheet.name} behöver både en kolumn för omsättning och en för budgetram för att skrivas som blad.` };
  const bold = (text: string) => ({ text, bold: true as const });
  const header = put([bold('Område'), bold(`${tc.header}, bas`), bold(`${tc.header}, scenario`), bold(`${fc.header}, bas`), bold(`${fc.header}, scenario`), bold('Nettokostnad, scenario'), bold('Resultat mot ram')]);
  const rowAt = new Map<TableRow, number>();
  base.rows.forEach((r, i) => rowAt.set(r, header + 1 + i));
  const areas = base.rows.filter((r) => r.kind === 'leaf');
  const cells = (col: string) => areas.map((r) => `${col}${rowAt.get(r)}`);
  const shares = ramShares(base, parameters, cellOf, areas, rowAt, tc);

  for (const r of base.rows) {
    const at = rowAt.get(r)!;
    if (r.kind === 'total' || r.kind === 'subtotal') {
      const parts = sumParts(base, r);
      put([r.label, ...COLUMNS.map((col) => ({ formula: weighted(col, parts, rowAt), numberFormat: AMOUNT, bold: true }))]);
      continue;
    }
    if (r.kind !== 'leaf') {
      put([r.label]);
      continue;
    }
    put([
      r.label,
      { value: baseValue(base, r, tc) ?? 0, numberFormat: AMOUNT },
      { formula: leafFormula(`B${at}`, effects.at(r, tc), parameters, cellOf), numberFormat: AMOUNT },
      { value: baseValue(base, r, fc) ?? 0, numberFormat: AMOUNT },
      { formula: `=D${at}${shares.get(r) ?? ''}`, numberFormat: AMOUNT },
      // In the base each område's net cost is its ram; more omsättning is more net cost.
      { formula: `=D${at}+C${at}-B${at}`, numberFormat: AMOUNT },
      { formula: `=E${at}-F${at}`, numberFormat: AMOUNT },
    ]);
  }
  put([]);

  // Later years: the omsättning grows with the index (run.ts), only when it is the ram's year.
  const turnover = tc.q.year === fc.q.year && areas.length > 0 ? cells('C').join('+') : '0';
  return {
    ok: true,
    net: {
      base: cells('D').join('+') || '0',
      scenario: cells('F').join('+') || '0',
      inYear: (net, factor) => `${net}+(${turnover})*(${factor}-1)`,
    },
  };
}

/** Per område, the terms that add the ram changes: targeted to their område, the rest by omsättning. */
function ramShares(base: ScenarioBase, parameters: readonly Parameter[], cellOf: ParameterCells, areas: TableRow[], rowAt: Map<TableRow, number>, tc: TableColumn): Map<TableRow, string> {
  const sizes = areas.map((r) => `ABS(B${rowAt.get(r)})`);
  const total = areas.reduce((s, r) => s + Math.abs(baseValue(base, r, tc) ?? 0), 0);
  const out = new Map<TableRow, string>();
  const add = (r: TableRow, t: string) => out.set(r, (out.get(r) ?? '') + t);
  parameters.forEach((p, i) => {
    if (p.kind !== 'ram' || p.change === undefined) return;
    const cell = cellOf.get(`${i}`)!;
    if (p.target) {
      const hit = matchRows(p.target, base.rows, base.sums).rows;
      for (const r of hit) if (areas.includes(r)) add(r, term(1 / hit.length, cell));
      return;
    }
    // An omsättning of 0 in every område shares the change evenly, as the engine does.
    areas.forEach((r, k) => add(r, total === 0 ? term(1 / areas.length, cell) : `+${cell}*${sizes[k]}/(${sizes.join('+')})`));
  });
  return out;
}

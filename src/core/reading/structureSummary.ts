import type { TableStructureSummary } from '../findings/finding';
import { columnLetters } from '../model/address';
import type { TableRow } from '../tables/table';
import { describeRows } from './describeStructure';
import type { TableReading } from './types';

/** The reading of one table as the JSON report shows it: row roles in runs, each sum's rows, each derived column's inputs. */
export function tableStructureSummary(reading: TableReading): TableStructureSummary {
  const rows: TableStructureSummary['rows'] = [];
  for (const r of reading.table.rows) {
    const role = roleOf(r);
    const last = rows[rows.length - 1];
    if (last && last.role === role && last.last === r.row - 1) last.last = r.row;
    else rows.push({ first: r.row, last: r.row, role });
  }
  return {
    rows,
    sums: reading.structure.sums.map((s) => ({
      row: s.row.row,
      label: s.row.label,
      covers: s.parts.map((p) => ({ row: p.row.row, weight: p.weight })),
      text: `${s.row.label} = ${describeRows(s.parts)}`,
      ...(s.ambiguousWith ? { alternative: describeRows(s.ambiguousWith) } : {}),
    })),
    derived: reading.structure.derived.map((d) => ({
      column: columnLetters(d.target.col),
      header: d.target.header,
      rule: d.rule,
      inputs: [columnLetters(d.a.col), columnLetters(d.b.col)],
      text: `${d.target.header ? `${d.target.header} (${columnLetters(d.target.col)})` : columnLetters(d.target.col)} = ${d.describe} (${columnLetters(d.a.col)}, ${columnLetters(d.b.col)})`,
    })),
  };
}

function roleOf(r: TableRow): TableStructureSummary['rows'][number]['role'] {
  switch (r.kind) {
    case 'leaf':
      return 'detail';
    case 'section':
      return 'section';
    case 'subtotal':
      return 'subtotal';
    case 'nonMoney':
      return 'note';
    default:
      return /^(resultat|årets|periodens)/.test(r.compact) ? 'result' : /nettokostnad/.test(r.compact) ? 'net' : 'total';
  }
}

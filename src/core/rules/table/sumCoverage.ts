import type { Section, TableRow } from '../../tables/table';

/** One way a sum row may be built: the rows it adds and with which sign. */
export interface Coverage {
  parts: Array<{ row: TableRow; weight: number }>;
  /** How the message names what was added up. */
  describe: 'rows' | 'items';
}

/**
 * For each Summa/Totalt/Resultat row, the ways it may be built, the expected one first.
 * "Summa X" covers the leaves since the previous sum; a total covers everything above it
 * (subtotals and the leaves outside them), so Resultat = Verksamhetens nettokostnad + Finansnetto.
 * Other layouts ("Total X" closing a block, a total of the leaves only) come as alternatives, so a
 * layout we did not expect is read the way most of its columns agree with, instead of crying wolf.
 */
export function sumCoverages(rows: TableRow[], costsPositive: boolean): Map<TableRow, Coverage[]> {
  const weight = (s: Section) => (costsPositive && s === 'cost' ? -1 : 1);
  const out = new Map<TableRow, Coverage[]>();
  type Item = { row: TableRow; leaves: TableRow[]; section: Section };
  let items: Item[] = [];
  let sinceSection: TableRow[] = [];
  let sinceGrand: TableRow[] = [];
  for (const row of rows) {
    if (row.kind === 'leaf') {
      items.push({ row, leaves: [row], section: row.section });
      sinceSection.push(row);
      sinceGrand.push(row);
      continue;
    }
    if (row.kind === 'section') {
      sinceSection = [];
      continue;
    }
    if (row.kind !== 'subtotal' && row.kind !== 'total') continue;
    const trailing: Item[] = [];
    let firstTrailing = items.length;
    while (firstTrailing > 0 && items[firstTrailing - 1].row.kind === 'leaf') firstTrailing--;
    // A slice, not unshift one by one: a total under 100,000 leaves must not cost 100,000² moves.
    trailing.push(...items.slice(firstTrailing));
    const covered = row.kind === 'subtotal' ? trailing : items;
    const candidates: Coverage[] = [];
    // Candidates keep their positions (even when empty or repeated) so that the signed and the
    // plain reading of one table line up index by index.
    const add = (parts: Array<{ row: TableRow; weight: number }>, describe: Coverage['describe']) => candidates.push({ parts, describe });
    const grand = row.kind === 'total';
    add(covered.map((it) => ({ row: it.row, weight: grand ? weight(it.section) : 1 })), covered.every((it) => it.row.kind === 'leaf') ? 'rows' : 'items');
    add(grand && costsPositive ? covered.map((it) => ({ row: it.row, weight: -weight(it.section) })) : [], 'items');
    add(trailing.map((it) => ({ row: it.row, weight: 1 })), 'rows');
    add(sinceSection.map((r) => ({ row: r, weight: 1 })), 'rows');
    add(grand ? sinceGrand.map((r) => ({ row: r, weight: weight(r.section) })) : [], 'rows');
    out.set(row, candidates);

    const leaves = covered.flatMap((it) => it.leaves);
    const section = row.section !== 'neutral' ? row.section : row.kind === 'subtotal' ? covered[0]?.section ?? 'neutral' : 'neutral';
    items = [...items.slice(0, items.length - covered.length), { row, leaves, section }];
    sinceSection = [];
    if (grand) sinceGrand = [];
  }
  return out;
}

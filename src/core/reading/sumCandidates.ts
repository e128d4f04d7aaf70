import type { Section, TableRow } from '../tables/table';
import type { SumPart } from './types';

/** A row not yet added into any sum (a detail row, or a sum that a later sum may add). */
export interface OpenItem {
  row: TableRow;
  /** The detail rows underneath it (itself, for a detail row). */
  leaves: TableRow[];
  section: Section;
  /** A sum whose own reading held in every column: the total above may add it instead of its rows. */
  sound: boolean;
}

/** One way a sum row may be built from the open items. */
export interface SumCandidate {
  /** The open items it consumes (for the items left to later sums). */
  items: OpenItem[];
  /** Parts and weights in amount columns. */
  parts: SumPart[];
  describe: 'rows' | 'items';
}

/** Items whose signs may go either way in a costs-positive table, before the enumeration gets too wide. */
const MAX_FREE_SIGNS = 4;

/**
 * The plausible ways a sum row is built, the one its label means first (DOMAIN §3.1, §3.3):
 * - "Summa kostnader" adds the trailing cost rows, not a lone "Intäkter" row above them;
 * - "Summa X" adds the detail rows since the previous sum, or its block since a section heading,
 *   or the delsummor and rows above it (a grand total labelled "Summa nämnden");
 * - a total (Resultat, Nettokostnad, Totalt) adds every open item, or the detail rows beneath
 *   them (never both); with costs written positive, revenues and costs net against each other
 *   and a net row may be written as a positive cost or as intäkter − kostnader.
 * The figures then choose among them (sumReadings.ts).
 */
export function sumCandidates(row: TableRow, open: OpenItem[], sinceHeading: number, costsPositive: boolean): SumCandidate[] {
  const out: SumCandidate[] = [];
  const plus = (items: OpenItem[], describe: SumCandidate['describe']) =>
    out.push({ items, parts: items.map((it) => ({ row: it.row, weight: 1 })), describe });
  const trailing = trailingLeaves(open);
  const block = open.slice(Math.min(sinceHeading, open.length));
  const leafItems = (items: OpenItem[]) => items.flatMap((it) => it.leaves.map((leaf) => ({ row: leaf, leaves: [leaf], section: leaf.section, sound: true })));
  const describeOf = (items: OpenItem[]) => (items.every((it) => it.row.kind === 'leaf') ? 'rows' : 'items');

  if (row.kind === 'subtotal') {
    const own = ownSectionSuffix(trailing, row.section);
    if (own.length > 0 && own.length < trailing.length) plus(own, 'rows');
    plus(trailing, 'rows');
    if (block.length !== trailing.length) plus(block, describeOf(block));
    if (open.length !== block.length) plus(open, describeOf(open));
    return out;
  }
  // A grand total: everything open, signed by the table's convention.
  const conventional = (items: OpenItem[]) => items.map((it) => ({ row: it.row, weight: costsPositive && it.section === 'cost' ? -1 : 1 }));
  out.push({ items: open, parts: conventional(open), describe: describeOf(open) });
  if (costsPositive) for (const parts of signPatterns(open)) out.push({ items: open, parts, describe: 'items' });
  // The detail rows instead of the delsummor only where a delsumma is itself off: with sound
  // delsummor both readings say the same, and the longer one only widens the rounding allowed.
  const leaves = leafItems(open);
  if (leaves.length !== open.length && open.some((it) => !it.sound)) out.push({ items: open, parts: conventional(leaves), describe: 'rows' });
  // A bare "Summa" or "Totalt" is the table's total: a reading that leaves rows out of it could
  // only hide a slip in them. A named total ("Totalt kultur") may close its own block.
  if (isBareTotal(row)) return out;
  if (trailing.length > 0 && trailing.length !== open.length) plus(trailing, 'rows');
  if (block.length > 0 && block.length !== open.length) out.push({ items: block, parts: conventional(block), describe: describeOf(block) });
  return out;
}

function trailingLeaves(open: OpenItem[]): OpenItem[] {
  let first = open.length;
  while (first > 0 && open[first - 1].row.kind === 'leaf') first--;
  return open.slice(first);
}

/** The detail rows at the end of the run that belong to the sum's own section ("Summa kostnader": the cost rows). */
function ownSectionSuffix(trailing: OpenItem[], section: Section): OpenItem[] {
  if (section === 'neutral') return trailing;
  let first = trailing.length;
  while (first > 0 && trailing[first - 1].section !== oppositeOf(section)) first--;
  return trailing.slice(first);
}

function oppositeOf(section: Section): Section {
  return section === 'cost' ? 'revenue' : section === 'revenue' ? 'cost' : 'neutral';
}

/**
 * With costs written positive a net row is revenues − costs or costs − revenues, and a
 * neutral row (a net cost, Finansnetto) may enter either way: every such combination, the
 * conventional one excepted (it is tried first).
 */
function signPatterns(open: OpenItem[]): SumPart[][] {
  const free = open.map((it, i) => (it.section === 'neutral' ? i : -1)).filter((i) => i >= 0);
  if (free.length > MAX_FREE_SIGNS || open.length > MAX_FREE_SIGNS + 4) return [];
  const out: SumPart[][] = [];
  for (const revenueSign of [1, -1]) {
    for (let mask = 0; mask < 1 << free.length; mask++) {
      const parts = open.map((it, i) => {
        const k = free.indexOf(i);
        const weight = k >= 0 ? (mask & (1 << k) ? -1 : 1) : it.section === 'cost' ? -revenueSign : revenueSign;
        return { row: it.row, weight };
      });
      const conventional = parts.every((p, i) => p.weight === (open[i].section === 'cost' ? -1 : 1));
      if (!conventional) out.push(parts);
    }
  }
  return out;
}

function isBareTotal(row: TableRow): boolean {
  return /^(summa|totalt|total|summatotalt|totaltsumma|samtliga|allaområden)(mnkr|tkr|kr)?$/.test(row.compact);
}

import type { Figure, FigureReader } from '../check/figures';
import { consistent } from '../check/mismatch';
import { scale, sumIntervals, type Interval } from '../numbers/interval';
import { isAdditive } from '../recognize/columnRoles';
import { AMOUNT_ROLES } from '../recognize/signConvention';
import type { Table, TableColumn, TableRow } from '../tables/table';
import { sumCandidates, type OpenItem, type SumCandidate } from './sumCandidates';
import type { SumPart, SumReading } from './types';

interface Evaluated {
  candidate: SumCandidate;
  /** Per checked column: agrees, disagrees, or gives no evidence (all blank, unreadable). */
  verdicts: Array<boolean | undefined>;
  agreeing: number;
}

/**
 * Reads every sum row of a table: which rows it adds, chosen by labels and figures together.
 * Sum rows are read top-down, so a delsumma that took its rows hands them on as one item to the
 * total above it. Among the candidates the one under which most columns agree within rounding is
 * kept; the label's meaning breaks ties (candidates come in that order). When two readings agree
 * equally well but would flag different cells, the reading says so instead of guessing.
 */
export function readSums(table: Table, figures: FigureReader, sheetCellIsSum: (row: number, col: number) => boolean): SumReading[] {
  const columns = table.columns.filter(isAdditive);
  const costsPositive = table.signConvention === 'costs-positive';
  const readings: SumReading[] = [];
  let open: OpenItem[] = [];
  let sinceHeading = 0;
  for (const row of table.rows) {
    if (row.kind === 'leaf') {
      open.push({ row, leaves: [row], section: row.section, sound: true });
      continue;
    }
    if (row.kind === 'section') {
      sinceHeading = open.length;
      continue;
    }
    if (row.kind !== 'subtotal' && row.kind !== 'total') continue;
    const candidates = sumCandidates(row, open, sinceHeading, costsPositive).filter((c) => c.parts.length > 0);
    if (candidates.length === 0) continue;
    const checks = columns.filter((col) => {
      const t = figures.target(row.row, col.col);
      return !!t && !t.blank && sheetCellIsSum(row.row, col.col);
    });
    const chosen = choose(candidates, checks, row, figures);
    readings.push(chosen.reading);
    const consumed = new Set(chosen.candidate.items);
    const kept = open.filter((it) => !consumed.has(it));
    const leaves = chosen.candidate.items.flatMap((it) => it.leaves);
    const section = row.section !== 'neutral' ? row.section : commonSection(chosen.candidate.items);
    open = [...kept, { row, leaves, section, sound: chosen.reading.agreeing === chosen.reading.checked }];
    sinceHeading = Math.min(sinceHeading, kept.length);
  }
  return readings;
}

function choose(candidates: SumCandidate[], checks: TableColumn[], row: TableRow, figures: FigureReader): { candidate: SumCandidate; reading: SumReading } {
  const evaluate = (candidate: SumCandidate): Evaluated => {
    const verdicts = checks.map((col) => verdict(candidate, col, row, figures));
    return { candidate, verdicts, agreeing: verdicts.filter((v) => v === true).length };
  };
  const first = evaluate(candidates[0]);
  const checked = first.verdicts.filter((v) => v !== undefined).length;
  // The expected reading usually holds everywhere; only then are the alternatives skipped.
  let best = first;
  const all: Evaluated[] = [first];
  if (first.verdicts.some((v) => v === false)) {
    for (const c of candidates.slice(1)) {
      const e = evaluate(c);
      all.push(e);
      if (e.agreeing > best.agreeing) best = e;
    }
  }
  const failing = (e: Evaluated) => e.verdicts.map((v) => v === false).join();
  // Two readings are a real ambiguity only when each explains most of the row; two that both fail
  // in most columns are one slip seen twice, and the label's reading reports it.
  const explainsMost = best.agreeing * 2 > checked;
  const rival = explainsMost ? all.find((e) => e !== best && e.agreeing === best.agreeing && failing(e) !== failing(best)) : undefined;
  const reading: SumReading = {
    row,
    parts: best.candidate.parts,
    describe: best.candidate.describe,
    byLabel: best === first,
    agreeing: best.agreeing,
    checked,
    ...(rival ? { ambiguousWith: rival.candidate.parts } : {}),
  };
  return { candidate: best.candidate, reading };
}

function verdict(candidate: SumCandidate, col: TableColumn, row: TableRow, figures: FigureReader): boolean | undefined {
  const sum = addUp(figures, partsIn(col, candidate.parts), col);
  return sum && consistent(figures.target(row.row, col.col)!, sum.expected);
}

/** The parts a sum adds in one column: signed in amount columns, all +1 in difference columns (avvikelse is "positive = better" on every row). */
export function partsIn(col: TableColumn, parts: readonly SumPart[]): SumPart[] {
  return AMOUNT_ROLES.has(col.role) ? [...parts] : parts.map((p) => ({ row: p.row, weight: 1 }));
}

/**
 * The parts' figures in one column and the interval their weighted sum may take; undefined when
 * there is nothing to add up (all blank) or a part holds no figure: no evidence either way.
 */
export function addUp(figures: FigureReader, parts: readonly SumPart[], col: TableColumn): { values: Figure[]; expected: Interval } | undefined {
  const values: Figure[] = [];
  for (const p of parts) {
    const f = figures.get(p.row.row, col.col);
    if (!f) return undefined;
    values.push(f);
  }
  if (values.every((f) => f.blank)) return undefined;
  return { values, expected: sumIntervals(values.map((f, i) => scale(f.interval, parts[i].weight))) };
}

function commonSection(items: OpenItem[]): OpenItem['section'] {
  const sections = new Set(items.map((it) => it.section));
  return sections.size === 1 ? [...sections][0] : 'neutral';
}

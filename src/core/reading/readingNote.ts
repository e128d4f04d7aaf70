import type { Finding, RecognizedTableSummary } from '../findings/finding';
import { parseA1, columnLetters } from '../model/address';

/**
 * How the engine read the part of the table a finding is about, in words ("Så lästes tabellen:
 * Summa kostnader = rad 6–9"): the sum of the finding's row, or the derived column it sits in.
 * Undefined when the finding is not inside a read periodrapport table.
 */
export function readingNote(tables: readonly RecognizedTableSummary[], finding: Finding): string | undefined {
  const pos = parseA1(finding.cell);
  if (!pos) return undefined;
  const table = tables.find((t) => t.sheet === finding.sheet && t.structure && contains(t.range, pos));
  if (!table?.structure) return undefined;
  const letter = columnLetters(pos.col);
  const sum = table.structure.sums.find((s) => s.row === pos.row);
  const derived = table.structure.derived.find((d) => d.column === letter);
  const parts = [
    ...(sum ? [`${sum.text}${sum.alternative ? ` (eller ${sum.alternative})` : ''}`] : []),
    ...(derived && (!sum || finding.rule.startsWith('variance') || finding.rule.startsWith('relation')) ? [derived.text] : []),
  ];
  return parts.length > 0 ? `Så lästes tabellen: ${parts.join('; ')}.` : undefined;
}

function contains(range: string, pos: { row: number; col: number }): boolean {
  const [a, b] = range.split(':');
  const tl = parseA1(a);
  const br = parseA1(b ?? a);
  return !!tl && !!br && pos.row >= tl.row && pos.row <= br.row && pos.col >= tl.col && pos.col <= br.col;
}

/**
 * `periodkoll check --explain`: how the engine read each table, before the findings, so a
 * controller can see why a cell was (or was not) held to a sum:
 *
 *   Tabell Resultatrapport!A3:I14 (resultatrapport, kostnader negativa)
 *     Summa kostnader = rad 8–10
 *     Budgetavvikelse ack (D) = utfall − budget (B, C)
 */
import type { RecognizedTableSummary } from '../core/findings/finding';

const CONVENTION: Record<string, string> = { 'costs-negative': 'kostnader negativa', 'costs-positive': 'kostnader positiva' };

export function structureText(tables: RecognizedTableSummary[]): string[] {
  const lines: string[] = [];
  for (const t of tables) {
    const details = [t.kind, ...(t.signConvention ? [CONVENTION[t.signConvention]] : [])].join(', ');
    lines.push(`  Tabell ${t.sheet}!${t.range} (${details})`);
    if (!t.structure) continue;
    for (const s of t.structure.sums) lines.push(`    ${s.text}${s.alternative ? ` (kan också läsas som ${s.alternative})` : ''}`);
    for (const d of t.structure.derived) lines.push(`    ${d.text}`);
    if (t.structure.sums.length === 0 && t.structure.derived.length === 0) lines.push('    Inga summarader eller beräknade kolumner.');
  }
  return lines;
}

import type { Finding } from '../findings/finding';
import { ruleInfo } from '../rules/catalogue';
import { parseA1 } from '../model/address';
import type { TableContext } from '../rules/table/context';
import { runTableRules } from './tableRules';

const key = (f: Finding) => `${f.cell}|${f.rule}`;
const MAX_CANDIDATES = 40;
/** Each candidate re-runs the table's rules; keep the re-runs to about this many row visits. */
const ROW_VISIT_BUDGET = 20000;

/**
 * One wrong cell usually breaks several relations: a Summa typed 0,5 too low breaks its column
 * sum and the variance on its row; a cost typed positive breaks the sum and the variance that
 * use it. When correcting one suspect cell (flip its sign, or give it the value its own check
 * expects) silences other alarms without raising new ones, report that cell and say which
 * alarms it explains, instead of every relation it broke.
 */
export function explainBySingleCell(ctx: TableContext, signFindings: Finding[], relationFindings: Finding[]): Finding[] {
  if (relationFindings.length === 0) return [...signFindings, ...relationFindings];
  let remaining = relationFindings;
  const candidates = [
    ...signFindings.map((f) => ({ finding: f, value: f.found === undefined ? undefined : -f.found, isSign: true })),
    ...relationFindings.filter((f) => f.rule.startsWith('sum.')).map((f) => ({ finding: f, value: f.expected, isSign: false })),
    ...relationFindings.filter((f) => !f.rule.startsWith('sum.')).map((f) => ({ finding: f, value: f.expected, isSign: false })),
  ].slice(0, Math.min(MAX_CANDIDATES, Math.floor(ROW_VISIT_BUDGET / Math.max(1, ctx.table.rows.length))));
  for (const c of candidates) {
    const pos = parseA1(c.finding.cell);
    if (!pos || c.value === undefined) continue;
    if (!c.isSign && !remaining.includes(c.finding)) continue;
    const corrected = ctx.figures.withOverrides([{ ...pos, value: c.value }]);
    const after = new Set(runTableRules({ ...ctx, figures: corrected }).map(key));
    const before = new Set(remaining.map(key));
    // A correction that raises new alarms elsewhere is not the explanation.
    if ([...after].some((k) => !before.has(k))) continue;
    const explained = remaining.filter((f) => f !== c.finding && !after.has(key(f)));
    if (explained.length === 0) continue;
    remaining = remaining.filter((f) => f === c.finding || after.has(key(f)));
    if (c.isSign) c.finding.severity = 'error';
    const elsewhere = explained.filter((f) => f.cell !== c.finding.cell);
    const here = explained.filter((f) => f.cell === c.finding.cell);
    const cells = elsewhere.map((f) => f.cell).join(', ');
    if (elsewhere.length > 0) {
      c.finding.message += c.isSign ? ` Med omvänt tecken stämmer också ${cells}.` : ` Rättas ${c.finding.cell} stämmer också ${cells}.`;
    }
    // The same cell held to two relations (a Resultat that is both a sum and a variance): say so once.
    for (const f of here) c.finding.message += ` Även kontrollen "${ruleInfo(f.rule).title}" pekar på ${f.cell}.`;
  }
  return [...signFindings, ...remaining];
}

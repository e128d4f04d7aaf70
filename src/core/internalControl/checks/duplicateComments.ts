import { makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { isStatusLine } from '../status';
import { sentenceKey, sentences, wordCount } from '../sentences';
import type { PlanRisk } from '../types';
import { quote } from '../words';
import type { PlanContext } from './context';

/** Shorter sentences ("Se ovan.") are too common to say anything about copying. */
const MIN_WORDS = 4;

/**
 * The same sentence in the comments of different risks (ic.duplicate-comment): a comment copied
 * from the row above and not rewritten, like "Inga brister i beställningar upptäckta i
 * granskningen." under the risk about the handlingsplan. Status lines ("Åtgärden pågår.") are
 * meant to repeat, and åtgärder under one risk may share a comment.
 */
export function checkDuplicateComments(ctx: PlanContext): Finding[] {
  const { plan } = ctx;
  const i = plan.current;
  const col = i >= 0 ? plan.followUps[i].comment : undefined;
  if (col === undefined) return [];
  const first = new Map<string, { risk: PlanRisk; row: number }>();
  const findings: Finding[] = [];
  for (const risk of plan.risks) {
    for (const row of risk.rows) {
      const said = sentences(row.followUps[i].comment).filter((s) => wordCount(s) >= MIN_WORDS && !isStatusLine(s));
      const copied = said.find((s) => {
        const seen = first.get(sentenceKey(s));
        return seen !== undefined && seen.risk !== risk;
      });
      for (const s of said) if (!first.has(sentenceKey(s))) first.set(sentenceKey(s), { risk, row: row.row });
      if (!copied) continue;
      const source = first.get(sentenceKey(copied))!;
      findings.push(makeFinding('ic.duplicate-comment', plan.sheet, row.row, col,
        `Meningen ${quote(copied, 120)} står också i kommentaren i ${a1(source.row, col)} under en annan risk (${quote(source.risk.text, 50)}); kontrollera att kommentaren hör till den här risken.`));
    }
  }
  return findings;
}

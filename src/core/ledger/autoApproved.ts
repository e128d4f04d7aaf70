/** Automatically approved invoices above a threshold: nobody looked at them before they were paid. */
import { CheckCollector, lackingColumns, skipped, type CheckOutcome } from './checkOutcome';
import { kr } from './kronor';
import type { Ledger } from './readLedger';
import type { RuleId } from '../rules/catalogue';

export const AUTO_APPROVED: RuleId = 'ledger.auto-approved-above-threshold';
const TITLE = 'Automatiskt attesterade fakturor över beloppsgränsen';

export function checkAutoApproved(ledger: Ledger, threshold: number): CheckOutcome {
  const missing = lackingColumns(ledger, ['autoApproved']);
  if (missing) return skipped(AUTO_APPROVED, TITLE, missing);
  const out = new CheckCollector(ledger, AUTO_APPROVED, TITLE);
  for (const e of ledger.entries) {
    if (!e.autoApproved || e.amount <= threshold) continue;
    const from = e.supplier ? ` från ${e.supplier}` : '';
    out.add(e, 'amount', `Automatiskt attesterad faktura${from} på ${kr(e.amount)}, över gränsen ${kr(threshold)}.`);
  }
  return out.outcome(`Gräns ${kr(threshold)}.`);
}

/**
 * Inköp utanför avtal: purchases (amounts > 0) from a leverantör that is not on the
 * avtalsleverantörer list. A supplier matches by its normalised name, or by organisation number
 * when the row has one and the list does too.
 */
import type { PartyListResult } from './avtalList';
import { CheckCollector, lackingColumns, skipped, type CheckOutcome } from './checkOutcome';
import { kr } from './kronor';
import { memoized } from './memo';
import { orgNrKey } from './partyKey';
import { supplierIndex } from './supplierKeys';
import type { Ledger } from './readLedger';
import type { RuleId } from '../rules/catalogue';

export const OUTSIDE_AGREEMENT: RuleId = 'ledger.outside-agreement';
const TITLE = 'Inköp utanför avtal';

export function checkOutsideAgreement(ledger: Ledger, avtal: PartyListResult): CheckOutcome {
  const missing = lackingColumns(ledger, ['supplier']);
  if (missing) return skipped(OUTSIDE_AGREEMENT, TITLE, missing);
  if (!avtal.ok) return skipped(OUTSIDE_AGREEMENT, TITLE, avtal.reason);
  const { list } = avtal;
  const { ids, keys } = supplierIndex(ledger);
  const listed = keys.map((k) => list.names.has(k));
  const orgKnown = memoized((org) => {
    const key = orgNrKey(org);
    return key !== undefined && list.orgNrs.has(key);
  });
  const out = new CheckCollector(ledger, OUTSIDE_AGREEMENT, TITLE);
  const suppliers = new Set<number>();
  for (let i = 0; i < ledger.entries.length; i++) {
    const e = ledger.entries[i];
    const id = ids[i];
    if (e.amount <= 0 || id < 0) continue;
    if (listed[id] || (e.orgNr !== undefined && orgKnown(e.orgNr))) continue;
    suppliers.add(id);
    out.add(e, 'supplier', `Leverantören ${e.supplier} finns inte bland avtalsleverantörerna (${list.source}): inköp på ${kr(e.amount)}.`);
  }
  return out.outcome(`${list.count} avtalsleverantörer i ${list.source}; ${suppliers.size} leverantörer utanför avtal.`);
}

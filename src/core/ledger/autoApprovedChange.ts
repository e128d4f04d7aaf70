/**
 * Per beställare and per leverantör: the sum of automatically approved invoices in the latest
 * year against the year before. A change by the factor or more, up or down, is worth a question
 * (a new routine, a changed attest order, a supplier that grew unnoticed). Parties present in
 * only one of the two years are not compared.
 */
import { formatSwedishNumber } from '../numbers/swedishNumber';
import { CheckCollector, lackingColumns, skipped, type CheckOutcome } from './checkOutcome';
import { kr } from './kronor';
import { memoized } from './memo';
import { partyKey } from './partyKey';
import { supplierIndex } from './supplierKeys';
import type { Ledger, LedgerEntry } from './readLedger';
import type { RuleId } from '../rules/catalogue';

export const AUTO_APPROVED_CHANGE: RuleId = 'ledger.auto-approved-change';
const TITLE = 'Förändring mot föregående år av automatiskt attesterade fakturor';

interface PartyYears {
  name: string;
  previous: number;
  current: number;
  /** The largest row of the latest year: where the finding points. */
  largest?: LedgerEntry;
}

export function checkAutoApprovedChange(ledger: Ledger, factor: number): CheckOutcome {
  const missing = lackingColumns(ledger, ['autoApproved']);
  if (missing) return skipped(AUTO_APPROVED_CHANGE, TITLE, missing);
  if (ledger.columns.orderer === undefined && ledger.columns.supplier === undefined) {
    return skipped(AUTO_APPROVED_CHANGE, TITLE, 'Kolumnerna beställare och leverantör saknas båda i huvudboken.');
  }
  let year = -Infinity;
  for (const e of ledger.entries) if (e.year > year) year = e.year;
  if (!ledger.entries.some((e) => e.year === year - 1)) {
    return skipped(AUTO_APPROVED_CHANGE, TITLE, `Huvudboken har inga rader från ${year - 1}, så ${year} kan inte jämföras med föregående år.`);
  }
  const out = new CheckCollector(ledger, AUTO_APPROVED_CHANGE, TITLE);
  const orderer = memoized(partyKey);
  const { ids, keys } = supplierIndex(ledger);
  const dimensions = [
    { role: 'orderer', word: 'beställaren', name: (e: LedgerEntry) => e.orderer, key: (e: LedgerEntry) => (e.orderer === undefined ? undefined : orderer(e.orderer)) },
    { role: 'supplier', word: 'leverantören', name: (e: LedgerEntry) => e.supplier, key: (_e: LedgerEntry, i: number) => (ids[i] < 0 ? undefined : keys[ids[i]]) },
  ] as const;
  for (const d of dimensions) {
    if (ledger.columns[d.role] === undefined) continue;
    for (const p of partyYears(ledger, year, d.name, d.key).values()) {
      if (p.previous <= 0 || p.current <= 0 || !p.largest) continue;
      const ratio = p.current / p.previous;
      if (ratio < factor && ratio > 1 / factor) continue;
      out.add(
        p.largest,
        d.role,
        `Automatiskt attesterade fakturor för ${d.word} ${p.name}: ${kr(p.current)} ${year} mot ${kr(p.previous)} ${year - 1}, ` +
          `${formatSwedishNumber(ratio, ratio < 1 ? 2 : 1)} gånger föregående år (gränsen är en förändring med faktor ${formatSwedishNumber(factor, 1)}).`,
        p.current,
      );
    }
  }
  return out.outcome(`${year} jämfört med ${year - 1}, faktor ${formatSwedishNumber(factor, 1)}.`);
}

function partyYears(
  ledger: Ledger,
  year: number,
  nameOf: (e: LedgerEntry) => string | undefined,
  keyOf: (e: LedgerEntry, i: number) => string | undefined,
): Map<string, PartyYears> {
  const parties = new Map<string, PartyYears>();
  for (let i = 0; i < ledger.entries.length; i++) {
    const e = ledger.entries[i];
    if (!e.autoApproved || (e.year !== year && e.year !== year - 1)) continue;
    const name = nameOf(e);
    const k = keyOf(e, i);
    if (name === undefined || k === undefined) continue;
    let p = parties.get(k);
    if (!p) parties.set(k, (p = { name, previous: 0, current: 0 }));
    if (e.year === year) {
      p.current += e.amount;
      if (!p.largest || e.amount > p.largest.amount) p.largest = e;
    } else {
      p.previous += e.amount;
    }
  }
  return parties;
}

/**
 * Dubbelbetalning, second kind: the same leverantör and the same belopp booked again within a few
 * days (a re-sent invoice with a new number). Linear: rows are bucketed by leverantör + belopp and
 * only a bucket's own few rows are sorted by date. Rows already flagged for a repeated
 * fakturanummer are not flagged twice; lines of one verifikation are one booking.
 */
import { isoDate } from '../model/excelDate';
import { CheckCollector, lackingColumns, skipped, type CheckOutcome } from './checkOutcome';
import { cents, kr } from './kronor';
import { FirstIndexTable, hashInts } from './indexTable';
import { supplierIndex } from './supplierKeys';
import type { Ledger, LedgerEntry } from './readLedger';
import type { RuleId } from '../rules/catalogue';

export const DUPLICATE_AMOUNT: RuleId = 'ledger.duplicate-amount';
const TITLE = 'Dubbelbetalning: samma leverantör och belopp nära i tid';

export function checkDuplicateAmounts(ledger: Ledger, days: number, alreadyFlagged: ReadonlySet<number>): CheckOutcome {
  const missing = lackingColumns(ledger, ['supplier']);
  if (missing) return skipped(DUPLICATE_AMOUNT, TITLE, missing);
  const { ids } = supplierIndex(ledger);
  const entries = ledger.entries;
  // Rows with the same supplier and amount are chained from the first one (next[]), so only
  // buckets of two or more rows are ever collected and sorted.
  const table = new FirstIndexTable(entries.length);
  const same = (a: number, b: number) => ids[a] === ids[b] && cents(entries[a].amount) === cents(entries[b].amount);
  const next = new Int32Array(entries.length).fill(-1);
  const tail = new Int32Array(entries.length);
  const heads: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.amount <= 0 || ids[i] < 0) continue;
    const first = table.firstOf(i, hashInts(ids[i], cents(e.amount)), same);
    if (first === i) {
      tail[i] = i;
      continue;
    }
    if (tail[first] === first && next[first] === -1) heads.push(first);
    next[tail[first]] = i;
    tail[first] = i;
  }
  const byVerification = ledger.columns.verification !== undefined;
  const out = new CheckCollector(ledger, DUPLICATE_AMOUNT, TITLE);
  for (const head of heads) {
    const bucket: LedgerEntry[] = [];
    for (let k = head; k !== -1; k = next[k]) bucket.push(entries[k]);
    bucket.sort((a, b) => a.day - b.day || a.row - b.row);
    for (let i = 1; i < bucket.length; i++) {
      const e = bucket[i];
      const prev = bucket[i - 1];
      if (e.day - prev.day > days || alreadyFlagged.has(e.row)) continue;
      if (byVerification && e.verification !== undefined && e.verification === prev.verification) continue;
      const gap = e.day - prev.day;
      out.add(
        e,
        'amount',
        `Möjlig dubbelbetalning: ${kr(e.amount)} till ${e.supplier} ${isoDate(e.day)}, samma belopp som rad ${prev.row} ${gap === 0 ? 'samma dag' : `${gap} ${gap === 1 ? 'dag' : 'dagar'} tidigare`} (gräns ${days} dagar).`,
      );
    }
  }
  return out.outcome();
}

/**
 * Dubbelbetalning, first kind: the same leverantör and fakturanummer booked twice. An invoice
 * split over several accounts shares its verifikation, so only a second verifikation counts;
 * without a verifikation column, a repeated row (same amount too) does. Credits and reversals
 * (amounts ≤ 0) are not payments and are left out.
 */
import { CheckCollector, lackingColumns, skipped, type CheckOutcome } from './checkOutcome';
import { cents, kr } from './kronor';
import { FirstIndexTable, hashInts, hashText } from './indexTable';
import { supplierIndex } from './supplierKeys';
import type { Ledger } from './readLedger';
import type { RuleId } from '../rules/catalogue';

export const DUPLICATE_INVOICE: RuleId = 'ledger.duplicate-invoice';
const TITLE = 'Dubbelbetalning: samma leverantör och fakturanummer';

/** "F-01001", "f 1001" and "F1001" are one invoice number. */
export function invoiceKey(invoice: string): string {
  // Most numbers are already plain ("F1001", "2025-00123" aside): no copies for those.
  if (/^[A-Z1-9][A-Z0-9]*$/.test(invoice)) return invoice;
  return invoice.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '').replace(/^0+(?=.)/, '');
}

export function checkDuplicateInvoices(ledger: Ledger): CheckOutcome {
  const missing = lackingColumns(ledger, ['supplier', 'invoice']);
  if (missing) return skipped(DUPLICATE_INVOICE, TITLE, missing);
  const byVerification = ledger.columns.verification !== undefined;
  const { ids } = supplierIndex(ledger);
  const entries = ledger.entries;
  // Normalised invoice numbers, only for rows that take part (amount > 0, supplier, invoice).
  const keys: Array<string | undefined> = new Array(entries.length);
  const table = new FirstIndexTable(entries.length);
  // Same supplier and invoice number (and, without verifikation, the same amount).
  const same = (a: number, b: number) =>
    ids[a] === ids[b] && keys[a] === keys[b] && (byVerification || cents(entries[a].amount) === cents(entries[b].amount));
  const out = new CheckCollector(ledger, DUPLICATE_INVOICE, TITLE);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.amount <= 0 || ids[i] < 0 || e.invoice === undefined) continue;
    const key = invoiceKey(e.invoice);
    if (key === '') continue;
    keys[i] = key;
    const hash = hashText(key, hashInts(ids[i], byVerification ? 0 : cents(e.amount)));
    const first = table.firstOf(i, hash, same);
    if (first === i) continue;
    const original = entries[first];
    if (byVerification && e.verification === original.verification && e.verification !== undefined) continue;
    const vouchers = byVerification ? ` (verifikation ${e.verification ?? 'saknas'}, första gången ${original.verification ?? 'utan verifikation'})` : '';
    out.add(e, 'invoice', `Möjlig dubbelbetalning: faktura ${e.invoice} från ${e.supplier} (${kr(e.amount)}) är bokförd även på rad ${original.row}${vouchers}.`);
  }
  return out.outcome();
}

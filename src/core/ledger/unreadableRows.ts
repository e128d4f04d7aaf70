/**
 * Rows of the ledger that could not be read (no konto, an amount that is not a number, a date
 * that is not a date) are left out of every check: say so, row by row, so that a sum row or a
 * broken export line is seen rather than silently dropped.
 */
import { makeFinding } from '../check/mismatch';
import type { Finding } from '../findings/finding';
import type { CheckOutcome } from './checkOutcome';
import type { Ledger } from './readLedger';
import type { RuleId } from '../rules/catalogue';

export const UNREADABLE_ROW: RuleId = 'ledger.unreadable-row';

/** One finding per row up to this many; the summary counts them all. */
const MAX_FINDINGS = 100;

export function reportUnreadableRows(ledger: Ledger): CheckOutcome {
  const rows = ledger.unreadable;
  const findings: Finding[] = rows.slice(0, MAX_FINDINGS).map((u) =>
    makeFinding(UNREADABLE_ROW, ledger.sheet, u.row, u.col, `Raden kan inte läsas och ingår inte i kontrollerna eller stickprovet: ${u.reason}.`),
  );

  return {
    summary: {
      rule: UNREADABLE_ROW,
      title: 'Rader som inte kan läsas',
      performed: true,
      count: rows.length,
      sum: 0,
      ...(rows.length > MAX_FINDINGS ? { note: `De första ${MAX_FINDINGS} visas som anmärkningar.` } : {}),
    },
    findings,
  };
}

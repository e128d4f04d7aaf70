/** What one control step found, for the findings list and the summary (counts and sums per check). */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../check/mismatch';
import type { RuleId } from '../rules/catalogue';
import type { Ledger, LedgerEntry } from './readLedger';
import { ROLE_WORD, type LedgerRole } from './ledgerColumns';

export interface CheckSummary {
  rule: RuleId;
  /** Swedish name of the check. */
  title: string;
  performed: boolean;
  /** Why the check was not performed (Swedish), when it was not. */
  skipped?: string;
  /** Findings, and the sum of the amounts they concern. */
  count: number;
  sum: number;
  /** What the check used, e.g. the thresholds per year (Swedish). */
  note?: string;
}

export interface CheckOutcome {
  summary: CheckSummary;
  findings: Finding[];
}

export function skipped(rule: RuleId, title: string, reason: string): CheckOutcome {
  return { summary: { rule, title, performed: false, skipped: reason, count: 0, sum: 0 }, findings: [] };
}

/** Collects the findings of one check with their amounts. */
export class CheckCollector {
  readonly findings: Finding[] = [];
  private sum = 0;

  constructor(
    private readonly ledger: Ledger,
    readonly rule: RuleId,
    readonly title: string,
  ) {}

  /** A finding on the entry's cell in the given column (falls back to belopp when the column is absent). */
  add(entry: LedgerEntry, role: LedgerRole, message: string, amount = entry.amount): void {
    const col = this.ledger.columns[role] ?? this.ledger.columns.amount;
    this.findings.push(makeFinding(this.rule, this.ledger.sheet, entry.row, col, message));
    this.sum += amount;
  }

  outcome(note?: string): CheckOutcome {
    const summary: CheckSummary = { rule: this.rule, title: this.title, performed: true, count: this.findings.length, sum: Math.round(this.sum * 100) / 100 };
    if (note) summary.note = note;
    return { summary, findings: this.findings };
  }
}

/** Why a check cannot run on this ledger ("Kolumnerna leverantör och fakturanummer saknas …"), or undefined. */
export function lackingColumns(ledger: Ledger, roles: LedgerRole[]): string | undefined {
  const words = roles.filter((r) => ledger.columns[r] === undefined).map((r) => ROLE_WORD[r]);
  if (words.length === 0) return undefined;
  if (words.length === 1) return `Kolumnen ${words[0]} saknas i huvudboken.`;
  return `Kolumnerna ${words.slice(0, -1).join(', ')} och ${words[words.length - 1]} saknas i huvudboken.`;
}

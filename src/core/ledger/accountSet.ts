/**
 * Account lists as controllers write them: "4611, 4630, 6811-6899, 7070", also with en dashes,
 * semicolons or "4xxx". An entry is a prefix of the account: "4611" covers 4611 and the
 * sub-accounts 46110–46119 of a five-digit plan, "6811-6899" every account whose first four
 * digits lie in that range, "4xxx" (or "4") every account starting with 4.
 */
import { memoized } from './memo';

export interface AccountRange {
  /** Inclusive bounds of the account's leading `digits` digits. */
  from: number;
  to: number;
  digits: number;
}

export interface AccountSet {
  /** The list as given, for the parameter block and messages. */
  text: string;
  ranges: AccountRange[];
}

export type AccountListResult = { ok: true; set: AccountSet } | { ok: false; message: string };

const ENTRY = /^(\d+)[xX]*(?:[-\u2013\u2014](\d+)[xX]*)?$/;

export function parseAccountList(text: string): AccountListResult {
  // "6811 - 6899" is one range; after joining dashes, commas, semicolons and spaces separate entries.
  const parts = text.replace(/\s*([-\u2013\u2014])\s*/g, '$1').split(/[\s,;]+/).filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, message: 'Kontolistan är tom. Skriv t.ex. "4611, 4630, 6811-6899, 7070".' };
  const ranges: AccountRange[] = [];
  for (const part of parts) {
    const m = ENTRY.exec(part);
    if (!m) return { ok: false, message: `"${part}" är inte ett konto eller ett kontointervall (t.ex. 6811-6899).` };
    const [, fromText, toText = fromText] = m;
    if (fromText.length !== toText.length) {
      return { ok: false, message: `Intervallet "${part}" har olika många siffror i början och slutet.` };
    }
    const from = Number(fromText);
    const to = Number(toText);
    if (from > to) return { ok: false, message: `Intervallet "${part}" slutar före det börjar.` };
    ranges.push({ from, to, digits: fromText.length });
  }
  return { ok: true, set: { text: parts.join(', '), ranges } };
}

/** The list parsed, for defaults written in code (throws on a typo there, never on user input). */
export function accountSet(text: string): AccountSet {
  const r = parseAccountList(text);
  if (!r.ok) throw new Error(r.message);
  return r.set;
}

export function inAccountSet(set: AccountSet, account: string): boolean {
  for (const r of set.ranges) {
    if (account.length < r.digits) continue;
    const lead = Number(account.slice(0, r.digits));
    if (lead >= r.from && lead <= r.to) return true;
  }
  return false;
}

/** A membership test that remembers each account's answer (a million rows, some hundred accounts). */
export function accountMatcher(set: AccountSet): (account: string) => boolean {
  return memoized((account) => inAccountSet(set, account));
}

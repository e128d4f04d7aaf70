/**
 * Investeringar: an amount at or above the capitalisation threshold booked on an operating-cost
 * account may be an investment expensed by mistake; an amount below it on an investment account
 * may be a cost capitalised by mistake. Amounts are compared by size, so a reversal is judged
 * like the booking it reverses.
 */
import { accountMatcher } from './accountSet';
import { CheckCollector, type CheckOutcome } from './checkOutcome';
import { kr } from './kronor';
import type { Ledger } from './readLedger';
import { capitalisationThreshold, type LedgerSettings } from './settings';
import type { RuleId } from '../rules/catalogue';

export const INVESTMENT_ON_OPERATING: RuleId = 'ledger.investment-on-operating';
export const SMALL_ON_INVESTMENT: RuleId = 'ledger.small-on-investment';

export function checkInvestments(ledger: Ledger, settings: LedgerSettings): CheckOutcome[] {
  const operating = accountMatcher(settings.operatingAccounts);
  const investment = accountMatcher(settings.investmentAccounts);
  const thresholds = new Map<number, { amount: number; basis: string }>();
  const thresholdOf = (year: number) => {
    let t = thresholds.get(year);
    if (!t) thresholds.set(year, (t = capitalisationThreshold(settings, year)));
    return t;
  };
  const large = new CheckCollector(ledger, INVESTMENT_ON_OPERATING, 'Investering bokförd som driftkostnad');
  const small = new CheckCollector(ledger, SMALL_ON_INVESTMENT, 'Driftkostnad bokförd som investering');
  for (const e of ledger.entries) {
    const size = Math.abs(e.amount);
    if (size === 0) continue;
    const t = thresholdOf(e.year);
    if (size >= t.amount && operating(e.account)) {
      large.add(e, 'amount', `${kr(e.amount)} på driftkonto ${e.account} är minst aktiveringsgränsen ${kr(t.amount)} (${t.basis}): kan vara en investering.`);
    } else if (size < t.amount && investment(e.account)) {
      small.add(e, 'amount', `${kr(e.amount)} på investeringskonto ${e.account} är under aktiveringsgränsen ${kr(t.amount)} (${t.basis}): kan vara en driftkostnad.`);
    }
  }
  const used = [...thresholds.entries()].sort((a, b) => a[0] - b[0]).map(([y, t]) => `${y}: ${kr(t.amount)}`).join(', ');
  const note = `Aktiveringsgräns ${used || 'ingen rad'}; driftkonton ${settings.operatingAccounts.text}, investeringskonton ${settings.investmentAccounts.text}.`;
  return [large.outcome(note), small.outcome(note)];
}

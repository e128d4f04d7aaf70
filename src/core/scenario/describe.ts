/** Swedish names of parameters, for the bridge, the parameter block and the command line. */
import { differenceWords } from '../derive/varianceWords';
import { formatSignedSwedishNumber, formatSwedishNumber } from '../numbers/swedishNumber';
import type { Parameter } from './parameters';

/** Decimals as the figure needs (at most 2): 2 -> "2", 3.5 -> "3,5", 19.55 -> "19,55"; mnkr at least one. */
export function figure(v: number, unit?: string, signed = false): string {
  // Amounts in mnkr keep one decimal as budgets write them ("29,0 mnkr").
  const least = unit === 'mnkr' ? 1 : 0;
  const d = Math.max(least, Number.isInteger(v) ? 0 : Math.abs(v * 10 - Math.round(v * 10)) < 1e-9 ? 1 : 2);
  return signed ? formatSignedSwedishNumber(v, d, unit) : formatSwedishNumber(v, d, unit);
}

export function describeParameter(p: Parameter): string {
  const column = 'column' in p && p.column ? ` (${p.column})` : '';
  switch (p.kind) {
    case 'index':
      return `${p.series} ${p.year}: ${figure(p.percent, '%')}`;
    case 'percent':
      return `${p.target} ${figure(p.percent, '%', true)}${column}`;
    case 'amount':
      return `${p.target} ${figure(p.amount, 'mnkr', true)}${column}`;
    case 'ram':
      if (p.value !== undefined) return `Budgetram${p.target ? ` ${p.target}` : ''} ${figure(p.value, 'mnkr')}`;
      return `Budgetram${p.target ? ` ${p.target}` : ''} ${figure(p.change ?? 0, 'mnkr', true)}`;
    case 'plan': {
      const effects = p.effects.map((e) => `${e.year} ${e.amount !== undefined ? figure(e.amount, 'mnkr') : figure(e.fulfilment ?? 0, '%')}`);
      const req = p.requirement ?? (p.ramReduction ?? 0) + (p.imbalance ?? 0);
      return `Handlingsplan ${figure(req, 'mnkr')}${effects.length ? `: ${effects.join(', ')}` : ''}`;
    }
    case 'adjustment':
      return `${p.row} ${p.set !== undefined ? `= ${figure(p.set)}` : figure(p.add ?? 0, undefined, true)}${column}${p.note ? ` (${p.note})` : ''}`;
  }
}

/** The result against the ram in words: "överskott 1,2 mnkr", "underskott 4,8 mnkr", "i balans". */
export function balanceWords(balance: number | null): string {
  if (balance === null) return 'kan inte räknas';
  // Below half a tenth the rounded figure reads 0,0: that is balance, not a tiny underskott.
  if (Math.abs(balance) < 0.05) return 'i balans';
  return `${balance > 0 ? 'överskott' : 'underskott'} ${formatSwedishNumber(Math.abs(balance), 1, 'mnkr')}`;
}

/**
 * What a step of the bridge does to the result against the ram, in the words every difference
 * gets: "högre resultat", "lägre resultat", "oförändrat" (as shown with one decimal).
 */
export function stepEffectWords(delta: number | null): string {
  if (delta === null) return 'kan inte räknas';
  // The balance is a result: its sign convention does not change what more of it means.
  return differenceWords({ stored: delta, convention: 'costs-negative' }, 'result', 1);
}

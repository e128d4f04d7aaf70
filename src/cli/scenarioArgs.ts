/**
 * Arguments of `periodkoll scenario`: parsing only, no I/O. Each --set is one parameter:
 *   Personalkostnader=+2%     a row or group changed by a percentage
 *   Personalkostnader=+1,5    … by an amount in mnkr (more cost / more revenue)
 *   LPIK:2025=3.5%            an index value for a year
 *   Ram=-19.5                 the budgetram changed (mnkr)
 *   Handlingsplan=29,0 / Handlingsplan:2024=24,2 / Handlingsplan:2024=84%   the savings plan
 */
import { parseSwedishNumber } from '../core/numbers/swedishNumber';
import type { Parameter, PlanParameter } from '../core/scenario/parameters';
import { compactLabel } from '../core/text/normalize';
import type { OutputFormat } from './args';

export interface ScenarioCommand {
  kind: 'scenario';
  file: string;
  sheet: string;
  parameters: Parameter[];
  column?: string;
  format: OutputFormat;
}

type Parsed = ScenarioCommand | { kind: 'usage-error'; message: string };

const SET_SYNTAX = 'Skriv t.ex. --set "Personalkostnader=+2%", --set "Övriga kostnader=-1,5" (mnkr), --set "LPIK:2025=3,5%", --set "Ram=-19,5" eller --set "Handlingsplan:2024=24,2".';

export function parseScenarioArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const sets: string[] = [];
  let sheet: string | undefined;
  let column: string | undefined;
  let format: OutputFormat = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!['--base', '--set', '--column', '--format'].includes(flag)) {
      if (arg.startsWith('-') && arg !== '-') return { kind: 'usage-error', message: `Okänd flagga: ${arg}` };
      positional.push(arg);
      continue;
    }
    const value = flag !== arg ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value.trim() === '') return { kind: 'usage-error', message: `${flag} behöver ett värde.` };
    if (flag === '--base') sheet = value;
    else if (flag === '--set') sets.push(value);
    else if (flag === '--column') column = value;
    else if (value === 'text' || value === 'json') format = value;
    else return { kind: 'usage-error', message: '--format ska vara text eller json.' };
  }
  if (positional.length !== 1) return { kind: 'usage-error', message: positional.length === 0 ? 'Ange en .xlsx-fil att räkna scenario på.' : `Kommandot scenario tar en fil: ${positional.join(', ')}` };
  if (!sheet) return { kind: 'usage-error', message: 'Ange bladet med tabellen att räkna på med --base, t.ex. --base "Resultatbudget".' };
  const parameters: Parameter[] = [];
  for (const text of sets) {
    const p = parseSet(text, column);
    if ('error' in p) return { kind: 'usage-error', message: p.error };
    if (p.kind === 'plan') mergePlan(parameters, p);
    else parameters.push(p);
  }
  return { kind: 'scenario', file: positional[0], sheet, parameters, format, ...(column ? { column } : {}) };
}

/** One --set text as a parameter, or a Swedish usage error. */
export function parseSet(text: string, column?: string): Parameter | { error: string } {
  const bad = (why: string) => ({ error: `--set "${text}": ${why} ${SET_SYNTAX}` });
  const m = /^([^=]+?)(?::\s*(\d{4}))?\s*=\s*(.+)$/.exec(text.trim());
  if (!m) return bad('saknar namn eller värde.');
  const [, name, yearText, valueText] = m;
  const parsed = parseSwedishNumber(valueText.trim());
  if (!parsed || (parsed.unit !== undefined && parsed.unit !== '%' && parsed.unit !== 'mnkr')) return bad(`"${valueText.trim()}" är inte ett tal eller en procentsats.`);
  const percent = parsed.unit === '%';
  const year = yearText ? Number(yearText) : undefined;
  const compact = compactLabel(name);
  if (/^(budget)?ram(en)?$/.test(compact)) {
    if (percent || year !== undefined) return bad('budgetramen ändras med ett belopp i mnkr, utan år.');
    return { kind: 'ram', change: parsed.value };
  }
  if (/^(handlingsplan(en)?|åtgärdskrav(et)?)$/.test(compact)) {
    if (year === undefined) {
      if (percent) return bad('åtgärdskravet anges i mnkr; uppfyllelsegrad anges per år (Handlingsplan:2024=84%).');
      return { kind: 'plan', requirement: parsed.value, effects: [] };
    }
    return { kind: 'plan', effects: [percent ? { year, fulfilment: parsed.value } : { year, amount: parsed.value }] };
  }
  if (year !== undefined) {
    if (!percent) return bad('ett index per år anges i procent (LPIK:2025=3,5%).');
    return { kind: 'index', series: name.trim(), year, percent: parsed.value };
  }
  const target = name.trim();
  const col = column ? { column } : {};
  return percent ? { kind: 'percent', target, percent: parsed.value, ...col } : { kind: 'amount', target, amount: parsed.value, ...col };
}

/** Several --set for the handlingsplan make one plan: the åtgärdskrav and each year's effect. */
function mergePlan(parameters: Parameter[], p: PlanParameter): void {
  const existing = parameters.find((x): x is PlanParameter => x.kind === 'plan');
  if (!existing) {
    parameters.push(p);
    return;
  }
  if (p.requirement !== undefined) existing.requirement = p.requirement;
  for (const e of p.effects) {
    existing.effects = existing.effects.filter((x) => x.year !== e.year);
    existing.effects.push(e);
  }
}

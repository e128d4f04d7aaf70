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
import { parseFlags, usageError, type Flags, type HelpOrUsageError } from './flags';
import { FORMAT_FLAG, outputFormat, type OutputFormat } from './outputFormat';

export interface ScenarioCommand {
  kind: 'scenario';
  file: string;
  sheet: string;
  parameters: Parameter[];
  column?: string;
  format: OutputFormat;
}

type Parsed = ScenarioCommand | HelpOrUsageError;

export const SCENARIO_FLAGS = {
  ...FORMAT_FLAG,
  base: { type: 'string' },
  set: { type: 'string', multiple: true },
  column: { type: 'string' },
} as const satisfies Flags;

const SET_SYNTAX = 'Skriv t.ex. --set "Personalkostnader=+2%", --set "Övriga kostnader=-1,5" (mnkr), --set "LPIK:2025=3,5%", --set "Ram=-19,5" eller --set "Handlingsplan:2024=24,2".';

export function parseScenarioArgs(args: string[]): Parsed {
  const parsed = parseFlags(args, SCENARIO_FLAGS);
  if (parsed.kind !== 'flags') return parsed;
  const { values, positionals } = parsed;
  const { base: sheet, set: sets = [], column } = values;
  const format = outputFormat(values.format);
  if (typeof format !== 'string') return format;
  if (positionals.length !== 1) return usageError(positionals.length === 0 ? 'Ange en .xlsx-fil att räkna scenario på.' : `Kommandot scenario tar en fil: ${positionals.join(', ')}`);
  if (!sheet) return usageError('Ange bladet med tabellen att räkna på med --base, t.ex. --base "Resultatbudget".');
  const parameters: Parameter[] = [];
  for (const text of sets) {
    const p = parseSet(text, column);
    if ('error' in p) return usageError(p.error);
    if (p.kind === 'plan') mergePlan(parameters, p);
    else parameters.push(p);
  }
  return { kind: 'scenario', file: positionals[0], sheet, parameters, format, ...(column ? { column } : {}) };
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

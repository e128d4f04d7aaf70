/** `periodkoll scenario`: a what-if on a recognised budget or report table, printed or as JSON. */
import type { CliIO } from './cliIO';
import { tidy } from '../core/check/mismatch';
import { formatSignedSwedishNumber, formatSwedishNumber } from '../core/numbers/swedishNumber';
import { tableKindName } from '../core/tables/tableKindName';
import { describeParameter, runScenario, scenarioBase, stepEffectWords, type ScenarioResult } from '../core/scenario';
import { readWorkbookOrSay } from './readInput';
import type { ScenarioCommand } from './scenarioArgs';
import { userIndexLayer } from './indexStoreFile';

/** 0: computed; 2: the file, the sheet, a row or a column could not be used. */
export async function runScenarioCommand(command: ScenarioCommand, io: CliIO): Promise<number> {
  const workbook = await readWorkbookOrSay(command.file, io.stderr);
  if (!workbook) return 2;
  const base = scenarioBase(workbook, { sheet: command.sheet, ...(command.column ? { column: command.column } : {}) }, await userIndexLayer(io.stderr));
  if (!base.ok) {
    io.stderr(`periodkoll: ${command.file}: ${base.message}\n`);
    return 2;
  }
  const result = runScenario(base.base, { name: 'Scenario', base: { sheet: command.sheet }, parameters: command.parameters });
  if (result.errors.length > 0) {
    for (const e of result.errors) io.stderr(`periodkoll: ${e}\n`);
    return 2;
  }
  io.stdout(command.format === 'json' ? `${JSON.stringify(scenarioJson(result, command), null, 2)}\n` : scenarioText(result, command));
  return 0;
}

export function scenarioJson(r: ScenarioResult, command: ScenarioCommand) {
  return {
    file: command.file,
    base: r.sheet,
    table: r.tableKind,
    formulaModel: r.formulaModel,
    parameters: command.parameters.map(describeParameter),
    columns: r.columns,
    rows: r.rows.map((row) => ({ label: row.label, base: row.base, scenario: row.scenario })),
    result: {
      ...r.result,
      verdict: verdict(r.result.balance.scenario),
      ...(r.plan ? { plan: r.plan } : {}),
      years: r.years,
      ...(r.areas ? { areas: r.areas.map((a) => ({ ...a, ram: tidyPair(a.ram), netCost: tidyPair(a.netCost), balance: tidyPair(a.balance) })) } : {}),
      bridge: r.bridge,
    },
    notes: r.notes,
    problems: r.problems,
    followers: r.followers,
  };
}

function tidyPair(p: { base: number; scenario: number }) {
  return { base: tidy(p.base), scenario: tidy(p.scenario) };
}

function verdict(balance: number | null): 'överskott' | 'underskott' | 'i balans' | 'okänt' {
  if (balance === null) return 'okänt';
  if (Math.abs(balance) < 0.05) return 'i balans';
  return balance > 0 ? 'överskott' : 'underskott';
}

const n = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? '–' : formatSwedishNumber(v, d));
const mnkr = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatSwedishNumber(v, 1, 'mnkr'));

function balanceText(v: number | null): string {
  const w = verdict(v);
  if (w === 'okänt') return 'kan inte räknas';
  return w === 'i balans' ? 'i balans' : `${w} ${mnkr(Math.abs(v!))}`;
}

export function scenarioText(r: ScenarioResult, command: ScenarioCommand): string {
  const out: string[] = [];
  out.push(`Scenario på bladet ${r.sheet} (${tableKindName(r.tableKind)}) i ${command.file}${r.formulaModel ? ', arbetsbokens formler räknade om' : ''}`);
  out.push(`Parametrar: ${command.parameters.length ? command.parameters.map(describeParameter).join('; ') : 'inga (basen)'}`);
  out.push('');
  const width = Math.max(12, ...r.rows.map((row) => row.label.length)) + 2;
  const cell = (s: string) => s.padStart(11);
  out.push(`${''.padEnd(width)}${r.columns.map((c) => c.slice(0, 33).padStart(33)).join('')}`);
  out.push(`${'Rad'.padEnd(width)}${r.columns.map(() => cell('bas') + cell('scenario') + cell('förändring')).join('')}`);
  for (const row of r.rows) {
    const cols = row.base.map((b, i) => {
      const s = row.scenario[i];
      return cell(n(b)) + cell(n(s)) + cell(b === null || s === null ? '–' : n(s - b));
    });
    out.push(`${row.label.padEnd(width)}${cols.join('')}`);
  }
  out.push('');
  const res = r.result;
  if (res.ram) {
    out.push(`Resultat mot budgetram (${res.column}): budgetram ${mnkr(res.ram.scenario)} (bas ${mnkr(res.ram.base)}, ${res.ram.source}), nettokostnad ${mnkr(res.netCost.scenario)}${res.planGap ? `, ej uppnådda åtgärder ${mnkr(res.planGap)}` : ''} → ${balanceText(res.balance.scenario)} (bas: ${balanceText(res.balance.base)})`);
  }
  if (r.plan) {
    const years = r.plan.years.map((y) => `${y.year} ${mnkr(y.effect)} (${n(y.fulfilment)} %, förenligt med ${n(y.fulfilmentInterval.lo)}–${n(y.fulfilmentInterval.hi)} %), kvar ${mnkr(y.gap)}`);
    out.push(`Handlingsplan: åtgärdskrav ${mnkr(r.plan.requirement)}${years.length ? `; ${years.join('; ')}` : ''}`);
  }
  if (r.years.length > 1) {
    out.push('');
    out.push(`${'År'.padEnd(6)}${['Indexfaktor', 'Budgetram', 'Nettokostnad', 'Ej uppnått', 'Resultat'].map((h) => h.padStart(14)).join('')}`);
    for (const y of r.years) {
      out.push(`${String(y.year).padEnd(6)}${[formatSwedishNumber(y.indexFactor, 4), n(y.ram), n(y.netCost), n(y.planGap), n(y.balance)].map((s) => s.padStart(14)).join('')}`);
    }
  }
  if (r.areas) {
    out.push('');
    out.push('Per område (budgetram − nettokostnad):');
    for (const a of r.areas) out.push(`  ${a.label.padEnd(width)}${cell(n(a.ram.scenario))}${cell(n(a.netCost.scenario))}${cell(n(a.balance.scenario))}`);
  }
  if (r.bridge.length > 0) {
    out.push('');
    out.push(`Från bas till scenario (${res.column}):`);
    for (const s of r.bridge) out.push(`  ${s.label}: ${s.delta === null ? '–' : `${formatSignedSwedishNumber(s.delta, 1, 'mnkr')}, ${stepEffectWords(s.delta)}`}`);
  }
  const remarks = [...r.notes, ...r.problems.map((p) => p.message)];
  if (r.followers.length > 0) {
    const shown = r.followers.slice(0, 5).map((f) => `${f.sheet}!${f.cell} ${typeof f.base === 'number' ? n(f.base) : String(f.base)} → ${typeof f.scenario === 'number' ? n(f.scenario) : String(f.scenario)}`);
    remarks.push(`${r.followers.length === 1 ? 'En cell' : `${r.followers.length} celler`} utanför tabellen följer med: ${shown.join(', ')}${r.followers.length > 5 ? ' …' : ''}`);
  }
  if (remarks.length > 0) {
    out.push('');
    out.push('Att notera:');
    for (const m of remarks) out.push(`  ${m}`);
  }
  return `${out.join('\n')}\n`;
}

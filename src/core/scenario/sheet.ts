/**
 * "Skriv scenario till blad": the scenario as a new sheet with a parameter block and the rows as
 * live Excel formulas that read it, so the user can keep playing in Excel without the add-in.
 * Formulas use English function names and A1 references; labels taken from the user's cells are
 * plain strings, written inert. The table is an income statement's rows (sheetStatement.ts) or a
 * driftbudget's områden (sheetAreas.ts); the result against the ram and the years follow both.
 */
import { findSeries, valueFor } from '../indexation';
import type { ReportCell, ReportSheet } from '../report/reportSheet';
import type { ScenarioBase } from './base';
import { describeParameter } from './describe';
import { cellEffects } from './effects';
import { frameColumn, resultLine, scenarioFrame } from './frame';
import type { Parameter, Scenario } from './parameters';
import { planParameter, planSummary } from './plan';
import { scenarioYears } from './projection';
import { yearOf } from './run';
import { turnoverColumn } from './areas';
import { areaTable } from './sheetAreas';
import { AMOUNT, FACTOR, PERCENT, gapFormula, indexCell, ramChangeCells, type NetCostCells } from './sheetFormulas';
import { scenarioSheetName } from './sheetName';
import { statementTable } from './sheetStatement';

export type SheetOutcome = { ok: true; sheet: ReportSheet } | { ok: false; message: string };

export function scenarioSheet(base: ScenarioBase, scenario: Scenario, existingSheets: readonly string[]): SheetOutcome {
  const drift = base.table.kind === 'driftbudget';
  const rows: ReportCell[][] = [];
  const put = (cells: ReportCell[]) => rows.push(cells);
  const baseYear = yearOf(base, scenario.parameters);
  put([{ text: `Scenario: ${scenario.name}`, bold: true }]);
  put([`Underlag: bladet ${base.sheet.name}, ${columnsRead(base)}${baseYear ? ` (${baseYear})` : ''}. Ändra värdena i kolumn B under Parametrar; raderna räknas om i Excel.`]);
  put([]);
  put([{ text: 'Parametrar', bold: true }, { text: 'Värde', bold: true }, { text: 'Beskrivning', bold: true }]);

  // Parameter block: one input cell per figure a parameter turns on.
  const cellOf = new Map<string, string>();
  const input = (key: string, label: string, value: number, format: string, note = '') => {
    const r = put([label, { value, numberFormat: format }, note]);
    cellOf.set(key, `$B$${r}`);
    return `$B$${r}`;
  };
  scenario.parameters.forEach((p, i) => parameterInputs(base, p, i, baseYear, input));
  const plan = planParameter(scenario.parameters);
  const summary = plan ? planSummary(plan.plan) : undefined;
  const years = scenarioYears(baseYear, scenario.parameters, summary && !('error' in summary) ? summary : undefined);
  const indexParam = scenario.parameters.find((p) => p.kind === 'index');
  // Index values of later years that the scenario does not set come from the index table, as inputs too.
  if (indexParam && indexParam.kind === 'index' && baseYear !== undefined) {
    const series = findSeries(base.indexTable, indexParam.series);
    for (let y = baseYear + 1; y <= Math.max(baseYear, ...years); y++) {
      if (indexCell(cellOf, scenario.parameters, indexParam.series, y)) continue;
      const v = series?.kind === 'percent' ? valueFor(series, y) : undefined;
      if (v !== undefined) input(`table:${y}`, `${series!.name} ${y} (indextabell)`, v / 100, PERCENT, series!.source);
    }
  }
  put([]);

  // The table: base figures as values, scenario figures as formulas.
  const effects = cellEffects(base, scenario.parameters, baseYear);
  let net: NetCostCells | undefined;
  if (drift) {
    const written = areaTable(base, scenario.parameters, effects, cellOf, put);
    if (!written.ok) return written;
    net = written.net;
  } else net = statementTable(base, scenario.parameters, effects, cellOf, put);

  // Result against the ram.
  const frame = scenarioFrame(base, scenario.parameters);
  if (net && resultLine(base) && frame) {
    const changes = ramChangeCells(scenario.parameters, cellOf);
    const level = [...scenario.parameters.keys()].reverse().find((i) => {
      const p = scenario.parameters[i];
      return p.kind === 'ram' && p.value !== undefined && !p.target;
    });
    // The område table above has its own columns; name the two this block uses.
    if (drift) put([{ text: 'Nämnden', bold: true }, { text: 'Bas', bold: true }, { text: 'Scenario', bold: true }]);
    const ramRow = rows.length + 1;
    put([{ text: 'Budgetram', bold: true }, { value: frame.base, numberFormat: AMOUNT }, { formula: `=${level !== undefined ? cellOf.get(`${level}`) : `B${ramRow}`}${changes.map((c) => `+${c}`).join('')}`, numberFormat: AMOUNT }, frame.source]);
    const netRow = put(['Nettokostnad', { formula: `=${net.base}`, numberFormat: AMOUNT }, { formula: `=${net.scenario}`, numberFormat: AMOUNT }]);
    const gapRow = put(['Ej uppnådda åtgärder (handlingsplan)', { value: 0, numberFormat: AMOUNT }, { formula: gapFormula(scenario.parameters, cellOf, baseYear), numberFormat: AMOUNT }]);
    put([{ text: 'Resultat mot budgetram (+ överskott, − underskott)', bold: true }, { formula: `=B${ramRow}-B${netRow}-B${gapRow}`, numberFormat: AMOUNT, bold: true }, { formula: `=C${ramRow}-C${netRow}-C${gapRow}`, numberFormat: AMOUNT, bold: true }]);

    if (years.length > 1) {
      put([]);
      const yh = put([{ text: 'År', bold: true }, { text: 'Indexfaktor', bold: true }, { text: 'Budgetram', bold: true }, { text: 'Nettokostnad', bold: true }, { text: 'Ej uppnått', bold: true }, { text: 'Resultat mot ram', bold: true }]);
      years.forEach((y, i) => {
        const at = yh + 1 + i;
        const factors: string[] = [];
        if (indexParam && indexParam.kind === 'index') {
          for (let k = baseYear! + 1; k <= y; k++) {
            const c = indexCell(cellOf, scenario.parameters, indexParam.series, k) ?? cellOf.get(`table:${k}`);
            if (c) factors.push(`(1+${c})`);
          }
        }
        const factor = factors.length ? `=${factors.join('*')}` : '=1';
        const chg = changes.map((c) => `+${c}`).join('');
        const ram = scenario.ramFollowsIndex === false ? `=C${ramRow}` : `=(C${ramRow}${changes.map((c) => `-${c}`).join('')})*B${at}${chg}`;
        put([{ value: y, numberFormat: '0' }, { formula: factor, numberFormat: FACTOR }, { formula: ram, numberFormat: AMOUNT }, { formula: `=${net.inYear(`C${netRow}`, `B${at}`)}`, numberFormat: AMOUNT }, { formula: gapFormula(scenario.parameters, cellOf, y), numberFormat: AMOUNT }, { formula: `=C${at}-D${at}-E${at}`, numberFormat: AMOUNT, bold: true }]);
      });
    }
  }
  put([]);
  put(['Parametrar i scenariot: ' + scenario.parameters.map(describeParameter).join('; ')]);
  const widths = drift ? [44, 16, 16, 16, 16, 16, 16] : [44, 16, 16, 16, 14, 18];
  return { ok: true, sheet: { name: scenarioSheetName(scenario.name, existingSheets), rows, widths } };
}

/** Which of the base's columns the sheet reads, for its heading line. */
function columnsRead(base: ScenarioBase): string {
  if (base.table.kind !== 'driftbudget') return `kolumn ${base.primary.header}`;
  const fc = frameColumn(base, base.primary);
  const tc = fc ? turnoverColumn(base, fc) : undefined;
  return fc && tc ? `kolumnerna ${tc.header} och ${fc.header}` : `kolumn ${base.primary.header}`;
}

type Input = (key: string, label: string, value: number, format: string, note?: string) => string;

function parameterInputs(base: ScenarioBase, p: Parameter, i: number, baseYear: number | undefined, input: Input): void {
  const k = `${i}`;
  switch (p.kind) {
    case 'percent':
      input(k, `${p.target}, förändring`, p.percent / 100, PERCENT, describeParameter(p));
      return;
    case 'amount':
      input(k, `${p.target}, belopp`, p.amount, AMOUNT, 'mnkr; mer kostnad eller mer intäkt');
      return;
    case 'adjustment':
      input(k, `${p.row}, ${p.set !== undefined ? 'nytt värde' : 'justering'}`, p.set ?? p.add ?? 0, AMOUNT, p.note ?? '');
      return;
    case 'ram': {
      const what = p.target ? `Budgetram ${p.target}` : 'Budgetram';
      input(k, p.value !== undefined ? `${what}, nivå` : `${what}, förändring`, p.value ?? p.change ?? 0, AMOUNT, base.table.kind === 'driftbudget' && !p.target && p.change !== undefined ? 'mnkr; delas av områdena efter omsättning' : 'mnkr');
      return;
    }
    case 'index': {
      input(k, `${p.series} ${p.year}`, p.percent / 100, PERCENT, 'scenario');
      const series = findSeries(base.indexTable, p.series);
      const assumed = series?.kind === 'percent' ? valueFor(series, p.year) : undefined;
      if (assumed !== undefined && p.year === baseYear) input(`${k}:assumed`, `${p.series} ${p.year} i budgeten`, assumed / 100, PERCENT, series!.source);
      return;
    }
    case 'plan': {
      if (p.requirement !== undefined) input(`${k}:req`, 'Åtgärdskrav', p.requirement, AMOUNT, 'mnkr');
      else {
        input(`${k}:ramred`, 'Åtgärdskrav: minskad budgetram', p.ramReduction ?? 0, AMOUNT, 'mnkr');
        input(`${k}:imb`, 'Åtgärdskrav: obalanser', p.imbalance ?? 0, AMOUNT, 'mnkr');
      }
      for (const e of p.effects) {
        if (e.amount !== undefined) input(`${k}:${e.year}`, `Handlingsplanens effekt ${e.year}`, e.amount, AMOUNT, 'mnkr');
        else input(`${k}:${e.year}`, `Uppfyllelsegrad ${e.year}`, (e.fulfilment ?? 0) / 100, PERCENT);
      }
      return;
    }
  }
}

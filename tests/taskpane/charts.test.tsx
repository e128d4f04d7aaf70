/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { runScenario, sensitivity, valuesBetween, type Parameter, type Scenario } from '../../src/core/scenario';
import { axisNumber } from '../../src/taskpane/charts/axisNumber';
import { valueScale } from '../../src/taskpane/charts/valueScale';
import { waterfallBars } from '../../src/taskpane/charts/waterfall';
import { ResultChart } from '../../src/taskpane/scenario/ResultChart';
import { ResultView } from '../../src/taskpane/scenario/ResultView';
import { SensitivityChart } from '../../src/taskpane/scenario/SensitivityChart';
import { tillvaxt } from '../core/scenario/tables';
import { consoleErrors } from './consoleErrors';

const NBSP = '\u00a0';
const scenario = (name: string, parameters: Parameter[]): Scenario => ({ name, base: { sheet: 'Budget 2024' }, parameters });
/** DOMAIN §3.3: regional tillväxtnämnd 2024, ram −19,5 mnkr and a handlingsplan of 29,0 mnkr reaching 84 %. */
const ramAndPlan = scenario('Handlingsplan 84 %', [
  { kind: 'ram', change: -19.5 },
  { kind: 'plan', requirement: 29, effects: [{ year: 2024, fulfilment: 84 }] },
]);
/** A better and a worse step: ram +5,0 mnkr, personalkostnader 147,9 mnkr +2 % (−2,958). */
const ramUpWagesUp = scenario('Ram och löner', [
  { kind: 'ram', change: 5 },
  { kind: 'percent', target: 'Personalkostnader', percent: 2 },
]);

function show(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

afterEach(cleanup);

describe('axis figures in sv-SE', () => {
  test('minus sign, decimal comma and a space between thousands', () => {
    expect(axisNumber(-0.8)).toBe('\u22120,8');
    expect(axisNumber(1234.5)).toBe(`1${NBSP}234,5`);
    expect(axisNumber(-29)).toBe('\u221229');
    expect(axisNumber(0.25)).toBe('0,25');
    expect(axisNumber(-0)).toBe('0');
  });

  test('the value axis always holds zero and the figures, and never has an empty span', () => {
    const s = valueScale([-24.14, 0]);
    expect(s.ticks[0]).toBeLessThanOrEqual(-24.14);
    expect(s.ticks[s.ticks.length - 1]).toBe(0);
    expect(s.at(0)).toBe(100);
    const flat = valueScale([0, 0]);
    expect(flat.ticks).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(flat.at(0)).toBe(50);
  });
});

describe('the bridge as a waterfall', () => {
  test('Bas, one floating bar per parameter by name, then Scenario; the steps add up from base to scenario', () => {
    const r = runScenario(tillvaxt(), ramAndPlan);
    const bars = waterfallBars(r.result.balance.base, r.bridge, r.result.balance.scenario);
    expect(bars.map((b) => b.label)).toEqual(['Bas', r.bridge[0].label, r.bridge[1].label, 'Scenario']);
    expect(bars[1].label).toMatch(/^Budgetram/);
    expect(bars[2].label).toMatch(/^Handlingsplan 29,0/);
    expect(bars.map((b) => b.kind)).toEqual(['total', 'worse', 'worse', 'total']);
    // Each step floats from where the last one ended; the last one ends at the scenario's result.
    expect(bars[1].from).toBe(bars[0].to);
    expect(bars[2].from).toBe(bars[1].to);
    expect(bars[2].to).toBeCloseTo(r.result.balance.scenario!, 9);
    expect(bars[3]).toMatchObject({ from: 0, valueText: '\u221224,1' });
    expect(bars[1].valueText).toBe('\u221219,5');
    expect(bars[2].valueText).toBe('\u22124,6');
  });

  test('drawn with a title, every parameter named, green for better and red for worse, sv-SE ticks', () => {
    const r = runScenario(tillvaxt(), ramUpWagesUp);
    show(<ResultView result={r} />);
    const figure = screen.getByRole('figure', { name: 'Från bas till scenario per parameter, mnkr' });
    const labels = [...figure.querySelectorAll('[data-bar-label]')].map((e) => e.textContent);
    expect(labels).toEqual(['Bas', `Budgetram +5,0${NBSP}mnkr`, `Personalkostnader +2${NBSP}%`, 'Scenario']);
    expect([...figure.querySelectorAll('[data-bar-kind]')].map((e) => e.getAttribute('data-bar-kind'))).toEqual(['total', 'better', 'worse', 'total']);
    const chart = within(figure).getByRole('group');
    expect(chart.getAttribute('aria-label')).toMatch(/1\. Budgetram \+5,0\smnkr \+5,0\smnkr, 2\. Personalkostnader \+2\s% \u22123,0\smnkr/);
    const ticks = [...figure.querySelectorAll('[data-axis] span')].map((e) => e.textContent);
    expect(ticks).toContain('0');
    expect(ticks.every((t) => /^\u2212?\d+(,\d+)?$/.test(t ?? ''))).toBe(true);
    expect(within(figure).getByRole('list', { name: 'Förklaring' }).textContent).toMatch(/Förbättrar resultatet.*Försämrar resultatet/);
  });
});

describe('the comparison chart', () => {
  test('names every scenario, however long its name', () => {
    const names = ['Uppräknad ram enligt LPIK 3,5 %', 'Ram 2024 med minskning 13,5 mnkr', 'Handlingsplan 84 %', 'Handlingsplan enligt plan'];
    const balances = [0, -13.5, -4.6, -4.8];
    show(<ResultChart scenarios={names.map((name, i) => ({ name, balance: balances[i] }))} />);
    const figure = screen.getByRole('figure', { name: 'Resultat mot budgetram per scenario, mnkr' });
    expect([...figure.querySelectorAll('[data-bar-label]')].map((e) => e.textContent)).toEqual(names);
    expect(figure.textContent).toContain('\u221213,5');
  });
});

describe('the sensitivity chart', () => {
  test('handlingsplan 50–100 %: a title, sv-SE ticks on both axes and no NaN warning', async () => {
    const points = sensitivity(tillvaxt(), scenario('Plan', [{ kind: 'plan', requirement: 29, effects: [{ year: 2024, fulfilment: 84 }] }]), 0, valuesBetween(50, 100, 5));
    let container!: HTMLElement;
    const errors = await consoleErrors(() => {
      container = show(<SensitivityChart points={points} label="Handlingsplan 29,0 mnkr" unit="%" />).container;
    });
    expect(errors.filter((e) => /NaN/.test(e))).toEqual([]);
    expect(container.innerHTML).not.toMatch(/NaN/);
    const figure = screen.getByRole('figure', { name: 'Resultat mot budgetram när Handlingsplan 29,0 mnkr varierar, mnkr' });
    await waitFor(() => expect(figure.querySelectorAll('svg text').length).toBeGreaterThan(0));
    const ticks = [...figure.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
    expect(ticks).toEqual(expect.arrayContaining(['50', '60', '70', '80', '90', '100']));
    // −29,0 × (1 − 50 %) = −14,5 at the low end: the y axis reaches below it, in Swedish.
    expect(ticks.filter((t) => t.startsWith('\u2212')).length).toBeGreaterThan(0);
    expect(ticks.some((t) => t.includes('-') || t.includes('.'))).toBe(false);
  });
});

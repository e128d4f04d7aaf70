import { LineChart, VerticalBarChart, type LineChartPoints, type VerticalBarChartDataPoint } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { BridgeStep, SensitivityPoint } from '../../core/scenario';
import { ChartFigure } from '../charts/ChartFigure';
import { amount, signedAmount } from './format';

/** Colours from the theme's palette so light and dark Office themes work; callouts carry the figures. */
const TOTAL = tokens.colorPaletteBlueBorderActive;
const BETTER = tokens.colorPaletteGreenBorderActive;
const WORSE = tokens.colorPaletteRedBorderActive;
const LINES = [tokens.colorPaletteBlueBorderActive, tokens.colorPaletteDarkOrangeBorderActive, tokens.colorPaletteGreenBorderActive, tokens.colorPaletteBerryBorderActive];

/** Result against the ram per scenario (överskott up, underskott down). */
export function ResultChart({ scenarios, width = 300 }: { scenarios: Array<{ name: string; balance: number | null }>; width?: number }) {
  const data: VerticalBarChartDataPoint[] = scenarios.map((s) => ({
    x: s.name,
    y: s.balance ?? 0,
    legend: s.name,
    color: TOTAL,
    yAxisCalloutData: amount(s.balance, 'mnkr'),
    barLabel: amount(s.balance),
  }));
  return (
    <ChartFigure label={`Diagram: resultat mot budgetram per scenario, ${scenarios.map((s) => `${s.name} ${amount(s.balance, 'mnkr')}`).join(', ')}`}>
      <VerticalBarChart data={data} width={width} height={240} hideLegend chartTitle="Resultat mot budgetram per scenario" />
    </ChartFigure>
  );
}

/** From the base result to the scenario result, one bar per parameter (green better, red worse, and the sign). */
export function BridgeChart({ start, end, steps, width = 300 }: { start: number | null; end: number | null; steps: BridgeStep[]; width?: number }) {
  const data: VerticalBarChartDataPoint[] = [
    { x: 'Bas', y: start ?? 0, legend: 'Bas', color: TOTAL, yAxisCalloutData: amount(start, 'mnkr'), barLabel: amount(start) },
    ...steps.map((s, i) => ({
      x: `${i + 1}`,
      y: s.delta ?? 0,
      legend: s.label,
      color: (s.delta ?? 0) >= 0 ? BETTER : WORSE,
      xAxisCalloutData: s.label,
      yAxisCalloutData: signedAmount(s.delta, 'mnkr'),
      barLabel: signedAmount(s.delta),
    })),
    { x: 'Scenario', y: end ?? 0, legend: 'Scenario', color: TOTAL, yAxisCalloutData: amount(end, 'mnkr'), barLabel: amount(end) },
  ];
  const said = steps.map((s, i) => `${i + 1}. ${s.label} ${signedAmount(s.delta, 'mnkr')}`).join(', ');
  return (
    <ChartFigure label={`Diagram: från bas ${amount(start, 'mnkr')} till scenario ${amount(end, 'mnkr')}: ${said}`}>
      <VerticalBarChart data={data} width={width} height={240} hideLegend chartTitle="Från bas till scenario per parameter" />
    </ChartFigure>
  );
}

/** The result for each value of the varied parameter, one line per year of the view. */
export function SensitivityChart({ points, label, width = 300 }: { points: SensitivityPoint[]; label: string; width?: number }) {
  const years = points[0]?.years.map((y) => y.year) ?? [];
  const lines: LineChartPoints[] = (years.length > 0 ? years : [undefined]).map((year, i) => ({
    legend: year === undefined ? 'Resultat' : `Resultat ${year}`,
    color: LINES[i % LINES.length],
    data: points.map((p) => ({ x: p.value, y: (year === undefined ? p.balance : p.years.find((y) => y.year === year)?.balance) ?? 0 })),
  }));
  return (
    <ChartFigure label={`Diagram: resultat mot budgetram när ${label} varierar`}>
      <LineChart data={{ chartTitle: `Känslighet: ${label}`, lineChartData: lines }} width={width} height={240} />
    </ChartFigure>
  );
}

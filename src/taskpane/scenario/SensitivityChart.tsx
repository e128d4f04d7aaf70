import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { SensitivityPoint } from '../../core/scenario';
import { axisNumber } from '../charts/axisNumber';
import { ChartFigure } from '../charts/ChartFigure';
import { ChartLegend } from '../charts/ChartLegend';
import { amount } from './format';

const HEIGHT = 240;

/** Theme palette colours, so light and dark Office themes work; the legend names each line. */
const LINES = [tokens.colorPaletteBlueBorderActive, tokens.colorPaletteDarkOrangeBorderActive, tokens.colorPaletteGreenBorderActive, tokens.colorPaletteBerryBorderActive];

/** The result for each value of the varied parameter, one line per year of the view. */
export function SensitivityChart({ points, label, unit }: { points: SensitivityPoint[]; label: string; unit: string }) {
  const years = points[0]?.years.map((y) => y.year) ?? [];
  const lines: LineChartPoints[] = (years.length > 1 ? years : [undefined]).map((year, i) => ({
    legend: year === undefined ? 'Resultat' : `Resultat ${year}`,
    color: LINES[i % LINES.length],
    // A result that cannot be computed is left out of its line rather than drawn as zero.
    data: points.flatMap((p) => {
      const y = year === undefined ? p.balance : p.years.find((v) => v.year === year)?.balance;
      return y === null || y === undefined ? [] : [{ x: p.value, y, xAxisCalloutData: `${axisNumber(p.value)} ${unit}`, yAxisCalloutData: amount(y, 'mnkr') }];
    }),
  }));
  const values = points.map((p) => p.value);
  const said = points.map((p) => `${axisNumber(p.value)} ${unit}: ${amount(p.balance, 'mnkr')}`).join(', ');
  return (
    <ChartFigure
      title={`Resultat mot budgetram när ${label} varierar, mnkr`}
      description={`Diagram: resultat mot budgetram när ${label} varierar, ${said}`}
      plotHeight={HEIGHT}
      legend={lines.length > 1 ? <ChartLegend entries={lines.map((l) => ({ label: l.legend, color: l.color! }))} /> : undefined}
    >
      <LineChart
        data={{ lineChartData: lines }}
        height={HEIGHT}
        // Own legend (see ChartLegend); every varied value is a tick, written the Swedish way.
        hideLegend
        tickValues={values}
        xAxis={{ tickText: values.map(axisNumber) }}
        yAxisTickFormat={axisNumber}
      />
    </ChartFigure>
  );
}

import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { DerivedColumn } from '../../core/derive';
import { formatSwedishNumber } from '../../core/numbers/swedishNumber';
import { axisNumber } from '../charts/axisNumber';
import { ChartFigure } from '../charts/ChartFigure';
import { ChartLegend } from '../charts/ChartLegend';

/** Room per row for three bars and a slanted label; more rows than the pane holds scroll sideways. */
const WIDTH_PER_ROW = 56;
const AXIS_WIDTH = 80;
const HEIGHT = 260;

export interface VarianceChartProps {
  column: DerivedColumn;
  unit?: string;
  width?: number;
}

/**
 * Utfall (or prognos) against budget per row of one table, with the variance as a third bar.
 * Colours come from the theme's palette tokens, so the chart follows light and dark Office themes;
 * the legend and each bar's callout carry the words and figures, so colour is never the only cue.
 */
export function VarianceChart({ column, unit, width = 300 }: VarianceChartProps) {
  const fmt = (v: number) => formatSwedishNumber(v, 1, unit);
  const [first, second] = column.inputHeaders;
  const series = [
    { key: 'a', legend: first, color: tokens.colorPaletteBlueBorderActive },
    { key: 'b', legend: second, color: tokens.colorNeutralForeground3 },
  ];
  const data: GroupedVerticalBarChartData[] = column.cells.map((cell) => ({
    name: cell.label,
    series: [
      ...series.map((s, i) => ({ ...s, data: cell.inputs[i], yAxisCalloutData: fmt(cell.inputs[i]) })),
      {
        key: 'v',
        data: cell.result ?? 0,
        legend: column.header,
        color: (cell.result ?? 0) >= 0 ? tokens.colorPaletteGreenBorderActive : tokens.colorPaletteRedBorderActive,
        yAxisCalloutData: fmt(cell.result ?? 0),
      },
    ],
  }));
  const legend = [
    ...series,
    { legend: `${column.header} (+)`, color: tokens.colorPaletteGreenBorderActive },
    { legend: `${column.header} (−)`, color: tokens.colorPaletteRedBorderActive },
  ].map((s) => ({ label: s.legend, color: s.color }));
  const drawn = Math.max(width, AXIS_WIDTH + WIDTH_PER_ROW * data.length);
  return (
    <ChartFigure
      title={`${first} mot ${second} per rad${unit ? `, ${unit}` : ''}`}
      description={`Diagram: ${first} mot ${second} per rad, med ${column.header.toLocaleLowerCase('sv-SE')}`}
      plotWidth={drawn}
      plotHeight={HEIGHT}
      legend={<ChartLegend entries={legend} />}
    >
      <GroupedVerticalBarChart
        data={data}
        width={drawn}
        height={HEIGHT}
        // Own legend (see ChartLegend); every row keeps its label, slanted, and the chart scrolls instead.
        hideLegend
        hideTickOverlap={false}
        rotateXAxisLables
        yAxisTickFormat={axisNumber}
      />
    </ChartFigure>
  );
}

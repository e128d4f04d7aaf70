import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { DerivedColumn } from '../../core/derive';
import { formatSwedishNumber } from '../../core/numbers/swedishNumber';
import { ChartFigure } from '../charts/ChartFigure';

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
  const data: GroupedVerticalBarChartData[] = column.cells.map((cell) => ({
    name: cell.label,
    series: [
      { key: 'a', data: cell.inputs[0], legend: column.inputHeaders[0], color: tokens.colorPaletteBlueBorderActive, yAxisCalloutData: fmt(cell.inputs[0]) },
      { key: 'b', data: cell.inputs[1], legend: column.inputHeaders[1], color: tokens.colorNeutralForeground3, yAxisCalloutData: fmt(cell.inputs[1]) },
      {
        key: 'v',
        data: cell.result ?? 0,
        legend: column.header,
        color: (cell.result ?? 0) >= 0 ? tokens.colorPaletteGreenBorderActive : tokens.colorPaletteRedBorderActive,
        yAxisCalloutData: fmt(cell.result ?? 0),
      },
    ],
  }));
  return (
    <ChartFigure label={`Diagram: ${column.inputHeaders[0]} mot ${column.inputHeaders[1]} per rad, med ${column.header.toLocaleLowerCase('sv-SE')}`}>
      <GroupedVerticalBarChart data={data} width={width} height={260} hideLegend={false} chartTitle={column.header} />
    </ChartFigure>
  );
}

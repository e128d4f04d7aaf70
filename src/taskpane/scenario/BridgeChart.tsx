import type { BridgeStep } from '../../core/scenario';
import { ChartFigure } from '../charts/ChartFigure';
import { ChartLegend } from '../charts/ChartLegend';
import { BAR_COLORS, HorizontalBars } from '../charts/HorizontalBars';
import { waterfallBars } from '../charts/waterfall';
import { amount, signedAmount } from './format';

const LEGEND = [
  { label: 'Bas och scenario', color: BAR_COLORS.total },
  { label: 'Förbättrar resultatet', color: BAR_COLORS.better },
  { label: 'Försämrar resultatet', color: BAR_COLORS.worse },
];

/** From the base result to the scenario result as a waterfall, one floating bar per parameter. */
export function BridgeChart({ start, end, steps }: { start: number | null; end: number | null; steps: BridgeStep[] }) {
  const said = steps.map((s, i) => `${i + 1}. ${s.label} ${signedAmount(s.delta, 'mnkr')}`).join(', ');
  return (
    <ChartFigure
      title="Från bas till scenario per parameter, mnkr"
      description={`Diagram: från bas ${amount(start, 'mnkr')} till scenario ${amount(end, 'mnkr')}: ${said}`}
      legend={<ChartLegend entries={LEGEND} />}
    >
      <HorizontalBars bars={waterfallBars(start, steps, end)} />
    </ChartFigure>
  );
}

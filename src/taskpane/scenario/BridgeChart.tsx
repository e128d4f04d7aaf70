import type { BridgeStep } from '../../core/scenario';
import { ChartFigure } from '../charts/ChartFigure';
import { ChartLegend } from '../charts/ChartLegend';
import { BAR_COLORS, HorizontalBars, type BarKind } from '../charts/HorizontalBars';
import { waterfallBars } from '../charts/waterfall';
import { amount, signedAmount } from './format';

const LEGEND: Array<{ kind: BarKind; label: string }> = [
  { kind: 'total', label: 'Bas och scenario' },
  { kind: 'better', label: 'Förbättrar resultatet' },
  { kind: 'worse', label: 'Försämrar resultatet' },
];

/** From the base result to the scenario result as a waterfall, one floating bar per parameter. */
export function BridgeChart({ start, end, steps }: { start: number | null; end: number | null; steps: BridgeStep[] }) {
  const bars = waterfallBars(start, steps, end);
  // Only the colours this chart uses.
  const legend = LEGEND.filter((l) => bars.some((b) => b.kind === l.kind)).map((l) => ({ label: l.label, color: BAR_COLORS[l.kind] }));
  const said = steps.map((s, i) => `${i + 1}. ${s.label} ${signedAmount(s.delta, 'mnkr')}`).join(', ');
  return (
    <ChartFigure
      title="Från bas till scenario per parameter, mnkr"
      description={`Diagram: från bas ${amount(start, 'mnkr')} till scenario ${amount(end, 'mnkr')}: ${said}`}
      legend={<ChartLegend entries={legend} />}
    >
      <HorizontalBars bars={bars} />
    </ChartFigure>
  );
}

import { ChartFigure } from '../charts/ChartFigure';
import { HorizontalBars } from '../charts/HorizontalBars';
import { amount } from './format';

/** Result against the ram per scenario (överskott to the right, underskott to the left), every scenario named. */
export function ResultChart({ scenarios }: { scenarios: Array<{ name: string; balance: number | null }> }) {
  const said = scenarios.map((s) => `${s.name} ${amount(s.balance, 'mnkr')}`).join(', ');
  return (
    <ChartFigure title="Resultat mot budgetram per scenario, mnkr" description={`Diagram: resultat mot budgetram per scenario, ${said}`}>
      <HorizontalBars bars={scenarios.map((s) => ({ label: s.name, from: s.balance === null ? null : 0, to: s.balance, kind: 'total', valueText: amount(s.balance) }))} />
    </ChartFigure>
  );
}

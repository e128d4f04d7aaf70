/**
 * The scenario bridge as waterfall bars: Bas from zero, each parameter floating from the running
 * result to the next (green when it improves the result, red when it worsens it), Scenario from zero.
 */
import type { BridgeStep } from '../../core/scenario';
import { amount, signedAmount } from '../scenario/format';
import type { HorizontalBar } from './HorizontalBars';

export function waterfallBars(start: number | null, steps: readonly BridgeStep[], end: number | null): HorizontalBar[] {
  let running = start;
  const floating = steps.map((s): HorizontalBar => {
    const from = running;
    running = running === null || s.delta === null ? null : running + s.delta;
    const kind = s.delta === null || s.delta === 0 ? 'unchanged' : s.delta > 0 ? 'better' : 'worse';
    return { label: s.label, from, to: running, kind, valueText: signedAmount(s.delta) };
  });
  return [
    { label: 'Bas', from: start === null ? null : 0, to: start, kind: 'total', valueText: amount(start) },
    ...floating,
    { label: 'Scenario', from: end === null ? null : 0, to: end, kind: 'total', valueText: amount(end) },
  ];
}

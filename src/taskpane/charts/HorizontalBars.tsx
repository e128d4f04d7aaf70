import { makeStyles, tokens } from '@fluentui/react-components';
import { axisNumber } from './axisNumber';
import { valueScale } from './valueScale';

export type BarKind = 'total' | 'better' | 'worse' | 'unchanged';

export interface HorizontalBar {
  label: string;
  /** Where the bar starts and ends on the value axis; null when the figure cannot be computed. */
  from: number | null;
  to: number | null;
  kind: BarKind;
  /** The figure written next to the bar ("−4,6", "+1,2", "–"). */
  valueText: string;
}

/** Theme palette colours, so light and dark Office themes work; the figure text carries the sign. */
export const BAR_COLORS: Record<BarKind, string> = {
  total: tokens.colorPaletteBlueBorderActive,
  better: tokens.colorPaletteGreenBorderActive,
  worse: tokens.colorPaletteRedBorderActive,
  unchanged: tokens.colorNeutralStroke1,
};

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(4em, 38%) minmax(6em, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
    fontSize: tokens.fontSizeBase200,
  },
  // Labels wrap instead of being dropped or cut: every row keeps its name in a narrow pane.
  label: { overflowWrap: 'anywhere' },
  track: { position: 'relative', height: '18px' },
  bar: { position: 'absolute', top: '2px', bottom: '2px', minWidth: '1px' },
  zero: { position: 'absolute', top: '-3px', bottom: '-3px', width: '1px', backgroundColor: tokens.colorNeutralForeground3 },
  value: { whiteSpace: 'nowrap', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  axis: { position: 'relative', height: '1.4em', color: tokens.colorNeutralForeground3 },
  tick: { position: 'absolute', top: 0, transform: 'translateX(-50%)', whiteSpace: 'nowrap' },
});

/**
 * Bars drawn as HTML, one labelled row each, against one sv-SE value axis. Used where every row
 * must stay named (scenarios, parameters): a band axis in SVG drops labels that would overlap.
 */
export function HorizontalBars({ bars }: { bars: HorizontalBar[] }) {
  const styles = useStyles();
  const scale = valueScale(bars.flatMap((b) => [b.from, b.to]).filter((v): v is number => v !== null));
  const zero = scale.at(0);
  return (
    <div className={styles.grid}>
      {bars.map((b, i) => {
        const left = b.from === null || b.to === null ? null : scale.at(Math.min(b.from, b.to));
        const width = b.from === null || b.to === null ? null : Math.abs(scale.at(b.to) - scale.at(b.from));
        return [
          <div key={`l${i}`} className={styles.label} data-bar-label="">
            {b.label}
          </div>,
          <div key={`t${i}`} className={styles.track}>
            <div className={styles.zero} style={{ left: `${zero}%` }} />
            {left !== null && width !== null && <div className={styles.bar} data-bar-kind={b.kind} style={{ left: `${left}%`, width: `${width}%`, backgroundColor: BAR_COLORS[b.kind] }} />}
          </div>,
          <div key={`v${i}`} className={styles.value}>
            {b.valueText}
          </div>,
        ];
      })}
      <div />
      <div className={styles.axis} data-axis="">
        {scale.ticks.map((t) => (
          <span key={t} className={styles.tick} style={{ left: `${scale.at(t)}%` }}>
            {axisNumber(t)}
          </span>
        ))}
      </div>
      <div />
    </div>
  );
}

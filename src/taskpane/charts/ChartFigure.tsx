import { makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  plot: { width: '100%', overflowX: 'auto' },
  scrolls: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export interface ChartFigureProps {
  /** Visible Swedish title; also the figure's accessible name. */
  title: string;
  /** What a screen reader hears for the drawing: the figures, since it cannot see the bars. */
  description: string;
  /**
   * Size of a library chart's drawing in px (the library fills its container). A set width may be
   * wider than the pane: the drawing then scrolls, and takes focus so the keyboard can scroll it.
   */
  plotWidth?: number;
  plotHeight?: number;
  legend?: ReactNode;
  children: ReactNode;
}

/**
 * Every chart of the pane: a visible title, the drawing described in words, and its legend. The
 * drawing is a group, not an image: a library chart's bars take keyboard focus for their callouts,
 * and an image may hold nothing focusable.
 */
export function ChartFigure({ title, description, plotWidth, plotHeight, legend, children }: ChartFigureProps) {
  const styles = useStyles();
  const scrolls = plotWidth !== undefined;
  const titleId = useId('chart-title');
  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.title}>
        {title}
      </figcaption>
      <div className={mergeClasses(styles.plot, scrolls && styles.scrolls)} role="group" aria-label={description} tabIndex={scrolls ? 0 : undefined}>
        {plotWidth === undefined && plotHeight === undefined ? children : <div style={{ width: plotWidth, height: plotHeight }}>{children}</div>}
      </div>
      {legend}
    </figure>
  );
}

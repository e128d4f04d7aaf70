import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({ root: { width: '100%', overflowX: 'auto' } });

/**
 * The frame of every pane chart: a figure named with what the chart shows, figures included. A
 * figure, not an image, because the chart's bars and points take keyboard focus for their
 * callouts, and an image may hold nothing focusable.
 */
export function ChartFigure({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="figure" aria-label={label}>
      {children}
    </div>
  );
}

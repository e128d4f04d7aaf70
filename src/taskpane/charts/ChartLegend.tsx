import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none', fontSize: tokens.fontSizeBase200 },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '12px', height: '12px', borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
});

export interface LegendEntry {
  label: string;
  color: string;
}

/**
 * The legend as plain HTML. The charting library sizes the plot by subtracting its own legend's
 * computed CSS margins; where a margin stays a theme variable (as in jsdom) parseFloat gives NaN
 * and the chart NaN heights. A static list has no such measuring, and names every series without hovering.
 */
export function ChartLegend({ entries, label = 'Förklaring' }: { entries: LegendEntry[]; label?: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {entries.map((e) => (
        <li key={e.label} className={styles.item}>
          <span className={styles.swatch} style={{ backgroundColor: e.color }} aria-hidden="true" />
          {e.label}
        </li>
      ))}
    </ul>
  );
}

import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { originOf, type IndexSeries } from '../../core/indexation';
import { displayedDecimals } from '../../core/numbers/displayPrecision';
import { formatSwedishNumber } from '../../core/numbers/swedishNumber';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** 3.5 % -> "3,5 %"; KPI 403.7 with two decimals -> "403,70": as the series is published. */
export function seriesValueText(series: IndexSeries, value: number): string {
  const decimals = Math.max(series.decimals ?? 0, displayedDecimals(undefined, value).decimals);
  return formatSwedishNumber(value, decimals, series.kind === 'percent' ? '%' : undefined);
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** Index series with their values per year, utfall/prognos where known, and where they come from. */
export function SeriesValuesList({ series }: { series: IndexSeries[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {series.map((s) => {
        const years = Object.keys(s.values).map(Number).sort((a, b) => a - b);
        return (
          <li key={s.name}>
            <Caption1>
              <strong>{s.name}</strong>{' '}
              {years
                .map((y) => {
                  const status = originOf(s, y).status;
                  return `${y}: ${seriesValueText(s, s.values[y])}${status ? ` ${status}` : ''}`;
                })
                .join(', ')}
            </Caption1>
            <br />
            <Caption1 className={styles.muted}>
              Källa: {s.source}
              {s.base && !compact(s.source).includes(compact(s.base)) ? ` (${s.base})` : ''}.{s.date ? ` Publicerad ${s.date}.` : ''}
            </Caption1>
          </li>
        );
      })}
    </ul>
  );
}

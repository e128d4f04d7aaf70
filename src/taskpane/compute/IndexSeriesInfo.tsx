import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { DEFAULT_INDEX_TABLE } from '../../core/indexation/defaults';
import { formatSwedishNumber } from '../../core/numbers/swedishNumber';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  heading: { margin: 0 },
});

/** The bundled index series with their source and date; an `Index` sheet in the workbook overrides them. */
export function IndexSeriesInfo() {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="pk-index-heading">
      <Subtitle2 as="h2" id="pk-index-heading" className={styles.heading}>
        Indexserier
      </Subtitle2>
      <ul className={styles.list}>
        {DEFAULT_INDEX_TABLE.series.map((s) => (
          <li key={s.name}>
            <Caption1>
              <strong>{s.name}</strong>{' '}
              {Object.entries(s.values)
                .map(([year, v]) => `${year}: ${formatSwedishNumber(v, s.decimals ?? 1)}${s.kind === 'percent' ? ' %' : ''}`)
                .join(', ')}
            </Caption1>
            <br />
            <Caption1 className={styles.muted}>
              Källa: {s.source}{s.base ? ` (${s.base})` : ''}. Inlagd {s.date}.
            </Caption1>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.muted}>
        Ett blad som heter Index i arbetsboken (rubriken År och en kolumn per serie, "%" i rubriken för årlig förändring) ersätter och kompletterar värdena. År utan värde rapporteras, de räknas aldrig som 0.
      </Caption1>
    </section>
  );
}

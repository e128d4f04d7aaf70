import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { describeSample, describeSummary, type ControlResult } from '../../core/ledger';
import { kr } from '../../core/ledger/kronor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  table: { borderCollapse: 'collapse', width: '100%' },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingRight: tokens.spacingHorizontalS, verticalAlign: 'top' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', paddingRight: tokens.spacingHorizontalS, whiteSpace: 'nowrap', verticalAlign: 'top' },
  td: { paddingRight: tokens.spacingHorizontalS, verticalAlign: 'top', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  sample: { margin: 0, overflowWrap: 'anywhere' },
  sentence: { display: 'block' },
});

/** What the control run found: per check its count and sum (or why it was skipped), and the stickprov. */
export function LedgerResult({ result }: { result: ControlResult }) {
  const styles = useStyles();
  const { summary, sample } = result;
  return (
    <section className={styles.root} aria-labelledby="pk-ledger-result-heading">
      <Subtitle2 as="h3" id="pk-ledger-result-heading" className={styles.heading}>
        Resultat
      </Subtitle2>
      <Body1>{describeSummary(summary)[0]}</Body1>
      <table className={styles.table} aria-label="Kontroller på huvudboken">
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              Kontroll
            </th>
            <th scope="col" className={styles.num}>
              Antal
            </th>
            <th scope="col" className={styles.num}>
              Summa
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.checks.map((c) => (
            <tr key={c.rule}>
              <th scope="row" className={styles.th}>
                <Caption1>{c.title}</Caption1>
              </th>
              {c.performed ? (
                <>
                  <td className={styles.num}>
                    <Caption1>{c.count}</Caption1>
                  </td>
                  <td className={styles.num}>
                    <Caption1>{kr(c.sum)}</Caption1>
                  </td>
                </>
              ) : (
                <td colSpan={2} className={styles.td}>
                  <Caption1 className={styles.muted}>{`Hoppades över: ${c.skipped}`}</Caption1>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {summary.checks.some((c) => c.performed && c.note) && (
        <ul className={styles.lines} aria-label="Vad kontrollerna använde">
          {summary.checks
            .filter((c) => c.performed && c.note)
            .map((c) => (
              <li key={c.rule}>
                <Caption1 className={styles.muted}>{`${c.title}: ${c.note}`}</Caption1>
              </li>
            ))}
        </ul>
      )}
      {sample && (
        <div role="group" aria-label="Dragna rader">
          {/* One paragraph of sentences, one per line on screen; the space between them keeps
              them apart for screen readers, copying and search. */}
          <Body1 as="p" className={styles.sample}>
            {describeSample(sample).map((sentence, i) => (
              <span key={sentence} className={styles.sentence}>
                {i > 0 ? ' ' : ''}
                {sentence}
              </span>
            ))}
          </Body1>
        </div>
      )}
    </section>
  );
}

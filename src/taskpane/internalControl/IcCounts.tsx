import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { capitalized } from '../../core/text/capitalized';
import { BAND_WORD, STATUS_WORD } from '../../core/internalControl/words';
import type { InternalControlSummary, RiskBand, StatusKey } from '../../core/internalControl/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS },
  heading: { display: 'block', fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none', fontVariantNumeric: 'tabular-nums' },
});

const BANDS: Array<RiskBand | 'unassessed'> = ['red', 'yellow', 'green', 'unassessed'];
const STATUSES: StatusKey[] = ['done', 'ongoing', 'not-started', 'accepted', 'unknown', 'missing'];

const bandName = (b: RiskBand | 'unassessed') => (b === 'unassessed' ? 'Utan riskbedömning' : capitalized(BAND_WORD[b]));
const statusName = (s: StatusKey) => (s === 'missing' ? 'Status saknas' : capitalized(STATUS_WORD[s]));

/** Risks per colour band and åtgärder per status, every category with its count (also 0). */
export function IcCounts({ summary }: { summary: InternalControlSummary }) {
  const styles = useStyles();
  const groups = [
    { title: `Risker per färg (${summary.risks.total})`, rows: BANDS.map((b) => [bandName(b), summary.risks.byBand[b]] as const) },
    { title: `Åtgärder per status (${summary.actions.total})`, rows: STATUSES.map((s) => [statusName(s), summary.actions.byStatus[s]] as const) },
  ];
  return (
    <div className={styles.root}>
      {groups.map((g) => (
        <div key={g.title}>
          <Caption1 as="h3" className={styles.heading}>
            {g.title}
          </Caption1>
          <ul className={styles.list} aria-label={g.title}>
            {g.rows.map(([name, n]) => (
              <li key={name}>
                <Caption1>{`${name}: ${n}`}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

import { Badge, Caption1, makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';
import type { Report } from '../core/findings/finding';
import { PlanCounts } from './PlanCounts';
import type { ValidationState } from './useValidation';
import { countBySeverity, severityCount } from '../core/findings/severityWords';
import { tableKindName } from '../core/tables/tableKindName';
import { SIGN_CONVENTION_WORD } from './words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  item: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  label: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS, marginBottom: 0 },
});

export interface ResultSummaryProps {
  report: Report;
  checked: ValidationState['checked'];
}

/** Counts per severity, the tables Periodkoll recognised, a genomförandeplan's counts per mål and the sheets it did not understand. */
export function ResultSummary({ report, checked }: ResultSummaryProps) {
  const styles = useStyles();
  const counts = countBySeverity(report.findings);
  const headingId = useId('pk-summary');
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Resultat
      </Subtitle2>
      {checked && (
        <Caption1 className={styles.muted}>
          {checked.scope === 'workbook' ? 'Hela arbetsboken kontrollerad' : `Bladet ${checked.sheet} kontrollerat`}
        </Caption1>
      )}
      <div className={styles.badges} role="group" aria-label="Antal anmärkningar">
        <Badge appearance={counts.error > 0 ? 'filled' : 'outline'} color="danger">
          {severityCount('error', counts.error)}
        </Badge>
        <Badge appearance={counts.warning > 0 ? 'filled' : 'outline'} color="warning">
          {severityCount('warning', counts.warning)}
        </Badge>
        <Badge appearance={counts.info > 0 ? 'filled' : 'outline'} color="informative">
          {severityCount('info', counts.info)}
        </Badge>
      </div>

      <Caption1 as="h3" className={styles.label}>
        Tabeller som känns igen ({report.tables.length})
      </Caption1>
      {report.tables.length === 0 ? (
        <Caption1 className={styles.muted}>Inga</Caption1>
      ) : (
        <ul className={styles.list} aria-label="Tabeller som känns igen">
          {report.tables.map((t) => (
            <li key={`${t.sheet}!${t.range}`} className={styles.item}>
              <Caption1>
                {t.sheet} {t.range}
                <span className={styles.muted}>
                  {' – '}
                  {tableKindName(t.kind)}
                  {t.signConvention && `, ${SIGN_CONVENTION_WORD[t.signConvention]}`}
                </span>
              </Caption1>
            </li>
          ))}
        </ul>
      )}

      {report.implementationPlan && <PlanCounts summary={report.implementationPlan} />}

      {report.unrecognizedSheets.length > 0 && (
        <>
          <Caption1 as="h3" className={styles.label}>
            Blad som inte förstås ({report.unrecognizedSheets.length})
          </Caption1>
          <ul className={styles.list} aria-label="Blad som inte förstås">
            {report.unrecognizedSheets.map((s) => (
              <li key={s} className={styles.item}>
                <Caption1>{s}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

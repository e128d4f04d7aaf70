import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ImplementationPlanSummary } from '../core/implementationPlan/types';
import { implementationPlanLines } from '../core/implementationPlan/summaryText';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', fontVariantNumeric: 'tabular-nums' },
  item: { overflowWrap: 'anywhere' },
  label: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS, marginBottom: 0 },
});

/** The genomförandeplan's red, green and missing activities, one line per mål (the CLI's words). */
export function PlanCounts({ summary }: { summary: ImplementationPlanSummary }) {
  const styles = useStyles();
  const lines = implementationPlanLines(summary);
  return (
    <>
      <Caption1 as="h3" className={styles.label}>
        Genomförandeplan
      </Caption1>
      <ul className={styles.list} aria-label="Genomförandeplan per mål">
        {lines.map((line, i) => (
          <li key={i} className={styles.item}>
            <Caption1>{line.replace(/^Genomförandeplan, /, '')}</Caption1>
          </li>
        ))}
      </ul>
    </>
  );
}

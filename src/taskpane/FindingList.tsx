import { Body1, Caption1, makeStyles, Subtitle2, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Finding, RecognizedTableSummary } from '../core/findings/finding';
import { readingNote } from '../core/reading/readingNote';
import { FindingItem } from './FindingItem';
import { findingKey, groupFindings } from './groupFindings';
import { SEVERITY_GROUP_WORD } from '../core/findings/severityWords';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  sheetHeading: { margin: 0, overflowWrap: 'anywhere' },
  severityHeading: {
    display: 'block',
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  list: { margin: 0, padding: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface FindingListProps {
  /** Findings to show (already filtered), in the engine's order. */
  findings: Finding[];
  /** Findings in the report, to tell "nothing found" from "nothing matches the filter". */
  total: number;
  selectedKey: string | null;
  onSelect(finding: Finding): void;
  /** The report's tables, so "Varför?" can say how the table around a cell was read. */
  tables?: readonly RecognizedTableSummary[];
}

/** Findings grouped by sheet, then severity; one tab stop, arrow keys move between items. */
export function FindingList({ findings, total, selectedKey, onSelect, tables = [] }: FindingListProps) {
  const styles = useStyles();
  const arrowNavigation = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });

  if (total === 0) return <Body1 className={styles.empty}>Inga anmärkningar – allt Periodkoll kontrollerar stämmer.</Body1>;
  if (findings.length === 0) return <Body1 className={styles.empty}>Inga anmärkningar matchar filtret.</Body1>;

  return (
    <div className={styles.root} {...arrowNavigation}>
      {groupFindings(findings).map((sheet) => (
        <section key={sheet.sheet} className={styles.sheet} aria-label={`Blad ${sheet.sheet}`}>
          <Subtitle2 as="h3" className={styles.sheetHeading}>
            {sheet.sheet} ({sheet.count})
          </Subtitle2>
          {sheet.groups.map((group) => (
            <div key={group.severity}>
              <Caption1 as="h4" className={styles.severityHeading}>
                {SEVERITY_GROUP_WORD[group.severity]} ({group.findings.length})
              </Caption1>
              <ul className={styles.list} aria-label={`${SEVERITY_GROUP_WORD[group.severity]} i ${sheet.sheet}`}>
                {group.findings.map((f) => (
                  <FindingItem key={findingKey(f)} finding={f} selected={findingKey(f) === selectedKey} onSelect={onSelect} reading={readingNote(tables, f)} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

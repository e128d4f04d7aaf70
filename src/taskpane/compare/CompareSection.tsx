import { Body1, Button, Caption1, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../core/findings/finding';
import { isoDateOf } from '../../core/model/excelDate';
import { FileButton } from '../FileButton';
import { FindingList } from '../FindingList';
import { findingKey } from '../groupFindings';
import { acrossYearsNote, comparisonSummary } from './compareWords';
import type { ComparedWith, ComparisonState } from './useComparison';
import { PaneSection } from '../PaneSection';

const useStyles = makeStyles({
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export interface CompareSectionProps {
  comparison: ComparisonState;
  busy: boolean;
  /** The workbook keeps figures at each validation (Excel). */
  keepsSnapshots: boolean;
  onSelect(finding: Finding): void;
}

/**
 * "Jämför med förra månaden": what changed since last month's report — a budget changed, a prognos
 * moved, an accumulated utfall that went down, rows added or removed — each at this month's cell.
 */
export function CompareSection({ comparison, busy, keepsSnapshots, onSelect }: CompareSectionProps) {
  const styles = useStyles();
  const headingId = useId('pk-compare');
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const { result, snapshots } = comparison;
  const kept = snapshots[0];
  const select = (f: Finding) => {
    setSelectedKey(findingKey(f));
    onSelect(f);
  };
  return (
    <PaneSection headingId={headingId} title="Jämför med förra månaden" intro="Ändrad budget, flyttade prognoser, ackumulerat utfall som minskat och rader som tillkommit eller försvunnit sedan förra månadens rapport. Tabeller paras ihop efter slag och rubrik, rader efter sin text.">
      <div className={styles.row}>
        <FileButton disabled={busy} accept=".xlsx,.xlsm" fieldLabel="Förra månadens arbetsbok (.xlsx)" onFile={(f) => void comparison.compareWithFile(f)}>
          Välj förra månadens fil …
        </FileButton>
        {keepsSnapshots && kept && (
          <Button size="small" disabledFocusable={busy} onClick={() => void comparison.compareWithKept()}>
            Jämför med sparade siffror
          </Button>
        )}
      </div>
      {keepsSnapshots && (
        <Caption1 className={styles.muted}>
          {kept
            ? `Sparade siffror: ${snapshots.map(snapshotText).join('; ')}. Periodkoll sparar tabellernas siffror i arbetsbokens inställningar vid varje validering av hela arbetsboken.`
            : 'Periodkoll sparar tabellernas siffror i arbetsbokens inställningar vid varje validering av hela arbetsboken; nästa månad kan du jämföra med dem utan den gamla filen.'}
          {kept && (
            <>
              {' '}
              <Button size="small" appearance="transparent" disabledFocusable={busy} onClick={() => void comparison.forgetKept()}>
                Ta bort sparade siffror
              </Button>
            </>
          )}
        </Caption1>
      )}
      {result && (
        <>
          <Body1 role="status">
            Jämfört med {comparedWithText(result.with)}: {comparisonSummary(result.comparison)}
          </Body1>
          {acrossYearsNote(result.comparison) && <Caption1>{acrossYearsNote(result.comparison)}</Caption1>}
          {result.comparison.findings.length > 0 ? (
            <FindingList findings={result.comparison.findings} total={result.comparison.findings.length} selectedKey={selectedKey} onSelect={select} />
          ) : (
            <Body1 className={styles.muted}>Inga förändringar att kommentera.</Body1>
          )}
          <ChangedFindings title="Nya anmärkningar" findings={result.comparison.newFindings} />
          <ChangedFindings title="Åtgärdade anmärkningar" findings={result.comparison.resolvedFindings} />
        </>
      )}
    </PaneSection>
  );
}

function ChangedFindings({ title, findings }: { title: string; findings: ReadonlyArray<{ sheet: string; cell: string; message: string }> }) {
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <div>
      <Caption1 as="h3" className={styles.heading}>
        {title} ({findings.length})
      </Caption1>
      <ul className={styles.list}>
        {findings.map((f) => (
          <li key={`${f.sheet}!${f.cell}:${f.message}`}>
            <Caption1>
              {f.sheet}!{f.cell}: {f.message}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

function comparedWithText(w: ComparedWith): string {
  return w.kind === 'file' ? w.name : `sparade siffror (${snapshotText(w.snapshot)})`;
}

function snapshotText(s: { period?: string; takenAt: string }): string {
  const date = isoDateOf(new Date(s.takenAt));
  return s.period ? `${s.period}, sparade ${date}` : `sparade ${date}`;
}

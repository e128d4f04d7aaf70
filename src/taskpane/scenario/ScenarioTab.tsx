import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { runScenario, type Scenario, type ScenarioResult } from '../../core/scenario';
import type { WorkbookHost } from '../../host/port';
import { PaneMessageBar } from '../PaneMessageBar';
import { useExclusive } from '../useExclusive';
import { usePaneFeedback } from '../usePaneFeedback';
import { BaseChooser } from './BaseChooser';
import { ComparisonSection } from './ComparisonSection';
import { ParameterEditor } from './ParameterEditor';
import { ResultView } from './ResultView';
import { ScenarioList } from './ScenarioList';
import { SensitivitySection } from './SensitivitySection';
import { useScenarioDocument } from './useScenarioDocument';
import { useScenarioWorkbook } from './useScenarioWorkbook';
import { WriteSheetSection } from './WriteSheetSection';
import { PaneSection } from '../PaneSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ScenarioTabProps {
  host: WorkbookHost;
  announce(text: string): void;
  /** The tab is showing: the workbook is read the first time it is. */
  active: boolean;
}

/**
 * The "Scenarier" tab: what-if on a budget, a prognos or the handlingsplan. Named scenarios are
 * kept in the workbook's settings; the figures are computed in the pane and never written back.
 */
export function ScenarioTab({ host, announce, active }: ScenarioTabProps) {
  const styles = useStyles();
  const { message, dismiss, feedback } = usePaneFeedback(announce);
  const { busy, exclusive } = useExclusive();
  const doc = useScenarioDocument(host, exclusive, feedback);
  const wb = useScenarioWorkbook(host, active, exclusive, feedback);
  const [written, setWritten] = useState<string[]>([]);
  const onWritten = useCallback((name: string) => setWritten((w) => [...w, name]), []);

  // One result per scenario as edited, kept while the workbook read stays the same.
  const results = useMemo(() => new Map<string, ScenarioResult | string>(), [wb.baseOf]);
  const run = useCallback(
    (s: Scenario): ScenarioResult | string => {
      const key = JSON.stringify(s);
      if (!results.has(key)) {
        const b = wb.baseOf(s.base);
        results.set(key, b.ok ? runScenario(b.base, s) : b.message);
      }
      return results.get(key)!;
    },
    [results, wb],
  );

  const selected = doc.selected;
  const baseOutcome = selected && wb.workbook ? wb.baseOf(selected.base) : undefined;
  const base = baseOutcome?.ok ? baseOutcome.base : undefined;
  const result = selected && base ? run(selected) : undefined;
  const sheetNames = [...(wb.workbook?.sheets.map((s) => s.name) ?? []), ...written];

  return (
    <div className={styles.root}>
      {message && <PaneMessageBar message={message} onDismiss={dismiss} />}
      <PaneSection headingId="pk-scenario-heading" title="Scenarier" intro="Vad händer om index, lönerna, budgetramen eller handlingsplanen blir annorlunda? Scenarierna sparas i arbetsboken; siffrorna i bladen ändras aldrig.">
        {doc.blocked && <Caption1>{doc.blocked}</Caption1>}
        {!wb.workbook ? (
          <Caption1 className={styles.muted}>{busy ? 'Läser arbetsboken …' : 'Arbetsboken läses när fliken öppnas.'}</Caption1>
        ) : wb.choices.length === 0 ? (
          <Caption1>Periodkoll hittade ingen resultatbudget, resultatrapport eller driftbudget i arbetsboken att räkna scenarier på.</Caption1>
        ) : null}
        <ScenarioList
          scenarios={doc.document.scenarios}
          selected={selected}
          busy={busy}
          canCreate={wb.defaultBase !== undefined}
          onSelect={doc.select}
          onCreate={(name) => wb.defaultBase && void doc.create(name, wb.defaultBase)}
          onDuplicate={(name) => void doc.duplicate(name)}
          onRename={(name, to) => void doc.rename(name, to)}
          onDelete={(name) => void doc.remove(name)}
        />
        <div className={styles.buttons}>
          <Button size="small" disabledFocusable={busy} onClick={() => void wb.reload()}>
            Läs om arbetsboken
          </Button>
        </div>
      </PaneSection>

      {selected && (
        <PaneSection headingId="pk-scenario-edit-heading" title={`Scenario: ${selected.name}`}>
          {wb.workbook && (
            <BaseChooser choices={wb.choices} value={selected.base} disabled={busy} onChange={(ref) => doc.edit({ ...selected, base: ref })} />
          )}
          {baseOutcome && !baseOutcome.ok && <Caption1>{baseOutcome.message}</Caption1>}
          <ParameterEditor parameters={selected.parameters} base={base} onChange={(parameters) => doc.edit({ ...selected, parameters })} />
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" disabledFocusable={busy || !doc.dirty || doc.blocked !== null} onClick={() => void doc.save()}>
              Spara ändringar
            </Button>
            <Caption1 className={styles.muted}>{doc.dirty ? 'Ändringar som inte är sparade i arbetsboken.' : 'Sparat i arbetsboken.'}</Caption1>
          </div>
          {typeof result === 'object' && <ResultView result={result} />}
        </PaneSection>
      )}

      <PaneSection headingId="pk-scenario-compare-heading" title="Jämför scenarier">
        <ComparisonSection scenarios={doc.document.scenarios} run={run} />
      </PaneSection>

      {selected && base && (
        <>
          <PaneSection headingId="pk-scenario-sensitivity-heading" title="Känslighet">
            <SensitivitySection scenario={selected} base={base} />
          </PaneSection>
          <PaneSection headingId="pk-scenario-sheet-heading" title="Skriv scenario till blad">
            <WriteSheetSection host={host} scenario={selected} base={base} sheetNames={sheetNames} busy={busy} exclusive={exclusive} feedback={feedback} onWritten={onWritten} />
          </PaneSection>
        </>
      )}
    </div>
  );
}

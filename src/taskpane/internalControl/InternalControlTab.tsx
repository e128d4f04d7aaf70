import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { stickprovSheetName, stickprovSheetOf } from '../../core/ledger';
import type { WorkbookHost } from '../../host/port';
import { PaneMessageBar } from '../PaneMessageBar';
import { ProgressStatus } from '../ProgressStatus';
import { useExclusive } from '../useExclusive';
import { useMarks } from '../useMarks';
import { usePaneFeedback } from '../usePaneFeedback';
import { IkPlanSection } from './IkPlanSection';
import { LedgerSection } from './LedgerSection';
import { initialLedgerForm, ledgerRequest, type LedgerForm } from './ledgerForm';
import { ReplaceSheetDialog } from '../ReplaceSheetDialog';
import { useIkPlan } from './useIkPlan';
import { useLedgerControl } from './useLedgerControl';
import { useRiskSettings } from './useRiskSettings';
import { useSheetWrite } from '../useSheetWrite';
import { useWorkbookRead } from './useWorkbookRead';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
});

export interface InternalControlTabProps {
  host: WorkbookHost;
  announce(text: string): void;
  now: () => Date;
}

/** The "Internkontroll" tab: the IK-plan with its risk matrix, and the control steps on a ledger sheet. */
export function InternalControlTab({ host, announce, now }: InternalControlTabProps) {
  const styles = useStyles();
  const { message, dismiss, feedback } = usePaneFeedback(announce);
  const { busy, exclusive } = useExclusive();
  const reading = useWorkbookRead(host);
  const settings = useRiskSettings(host, exclusive, feedback);
  const ikPlan = useIkPlan(reading.read, reading.done, exclusive, feedback, now);
  const ledger = useLedgerControl(host, reading.read, reading.done, exclusive, feedback);
  const sheetWrite = useSheetWrite(host, exclusive, feedback, { doing: 'skriva stickprovet' });
  // Marks of ledger rows and of the Kontroll tab are one set in the workbook: one clear restores all.
  const marks = useMarks(host, null, exclusive, feedback);
  const [markedHere, setMarkedHere] = useState(false);
  const [form, setForm] = useState<LedgerForm>(initialLedgerForm);

  const runLedger = useCallback(() => {
    const parsed = ledgerRequest(form);
    if (!parsed.ok) feedback.show({ intent: 'warning', text: parsed.message });
    else void ledger.control(parsed.request);
  }, [form, feedback, ledger]);

  const writeSample = useCallback(() => {
    const run = ledger.run;
    if (!run) return;
    const date = now();
    void sheetWrite.write(() => stickprovSheetOf(run.workbook, run.result, { date, name: stickprovSheetName(date) }));
  }, [ledger.run, now, sheetWrite]);

  return (
    <div className={styles.root}>
      {message && <PaneMessageBar message={message} onDismiss={dismiss} />}
      {reading.progress && <ProgressStatus progress={reading.progress} />}
      <IkPlanSection
        host={host}
        feedback={feedback}
        busy={busy}
        settings={settings}
        result={ikPlan.result}
        onCheck={() => settings.parsed.ok && void ikPlan.check(settings.parsed.settings)}
      />
      <LedgerSection
        host={host}
        feedback={feedback}
        busy={busy}
        form={form}
        onFormChange={setForm}
        control={ledger}
        hasMarks={marks.hasMarks || markedHere}
        onRun={runLedger}
        onMark={() => void ledger.mark().then(() => setMarkedHere(true))}
        onClearMarks={() => void marks.clear().then(() => setMarkedHere(false))}
        onWriteSample={writeSample}
      />
      <ReplaceSheetDialog
        sheetName={sheetWrite.confirming}
        onReplace={() => void sheetWrite.confirmReplace()}
        onCancel={sheetWrite.cancelReplace}
      />
    </div>
  );
}

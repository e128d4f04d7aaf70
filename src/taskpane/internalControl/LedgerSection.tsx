import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookHost } from '../../host/port';
import type { PaneFeedback } from '../feedback';
import type { LedgerForm } from './ledgerForm';
import { LedgerOptionsForm } from './LedgerOptionsForm';
import { LedgerResult } from './LedgerResult';
import { SelectableFindings } from './SelectableFindings';
import type { useLedgerControl } from './useLedgerControl';
import { PaneSection } from '../PaneSection';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface LedgerSectionProps {
  host: WorkbookHost;
  feedback: PaneFeedback;
  busy: boolean;
  form: LedgerForm;
  onFormChange(form: LedgerForm): void;
  control: ReturnType<typeof useLedgerControl>;
  /** Marks are in the workbook, so "Rensa markeringar" has something to do. */
  hasMarks: boolean;
  onRun(): void;
  onMark(): void;
  onClearMarks(): void;
  onWriteSample(): void;
}

/** Kontrollmoment på huvudbok: options, run, result, and the two writes the user may ask for. */
export function LedgerSection(props: LedgerSectionProps) {
  const { host, feedback, busy, form, control } = props;
  const styles = useStyles();
  const run = control.run;
  return (
    <PaneSection headingId="pk-ledger-heading" title="Kontrollmoment på huvudbok" intro="Stickprov, dubbelbetalningar, inköp utanför avtal, automatiskt attesterade fakturor och investeringar på en inklistrad huvudbok. Inget skrivs i arbetsboken förrän du markerar rader eller skriver stickprovet till ett blad." roomy>
      <LedgerOptionsForm form={form} sheets={control.sheets} active={control.active} busy={busy} onChange={props.onFormChange} />
      <div>
        <Button size="small" appearance="primary" disabledFocusable={busy} onClick={props.onRun}>
          Kör kontrollerna
        </Button>
      </div>
      {run && <LedgerResult result={run.result} />}
      {run && (
        <div className={styles.buttons} role="group" aria-label="Skriv i arbetsboken">
          <Button size="small" disabledFocusable={busy || control.markable === 0} onClick={props.onMark}>
            Markera rader
          </Button>
          <Button size="small" disabledFocusable={busy || !props.hasMarks} onClick={props.onClearMarks}>
            Rensa markeringar
          </Button>
          <Button size="small" disabledFocusable={busy || !run.result.sample} onClick={props.onWriteSample}>
            Skriv stickprov till blad
          </Button>
        </div>
      )}
      {run && <SelectableFindings title="Anmärkningar i huvudboken" findings={run.result.findings} host={host} feedback={feedback} />}
    </PaneSection>
  );
}

import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { derivationWrites } from '../../core/derive';
import type { WorkbookHost } from '../../host/port';
import { PaneMessageBar } from '../PaneMessageBar';
import { usePaneFeedback } from '../usePaneFeedback';
import { useExclusive } from '../useExclusive';
import { cellCount } from '../words';
import { CommentarySection } from './CommentarySection';
import { DerivationPreview } from './DerivationPreview';
import { IndexSeriesInfo } from './IndexSeriesInfo';
import { TargetsSection } from './TargetsSection';
import { useDerivations } from './useDerivations';
import { VarianceChart } from '../charts/lazyCharts';
import { PaneSection } from '../PaneSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The "Beräkna" tab: avvikelser as live formulas, styrtal against målvärden, the index series. */
export function ComputeTab({ host, announce }: { host: WorkbookHost; announce(text: string): void }) {
  const styles = useStyles();
  const { message, dismiss, feedback } = usePaneFeedback(announce);
  const { busy, exclusive } = useExclusive();
  const d = useDerivations(host, exclusive, feedback);
  const pending = d.plans ? derivationWrites(d.plans, d.selection).length : 0;
  const charted = (d.plans ?? []).flatMap((p) =>
    p.columns.filter((c) => c.kind === 'budgetVariance' || c.kind === 'forecastVariance').map((c) => ({ column: c, unit: p.unit })),
  );

  return (
    <div className={styles.root}>
      {message && <PaneMessageBar message={message} onDismiss={dismiss} />}
      <PaneSection headingId="pk-derive-heading" title="Beräkna avvikelser" intro="Budgetavvikelse, prognosavvikelse, förändring mot fg år, relation och ökningstakt som formler i Excel. Du ser först vad som skrivs var; inskrivna värden ersätts bara om du kryssar i dem.">
        <div className={styles.buttons}>
          <Button size="small" appearance="primary" disabledFocusable={busy} onClick={() => void d.propose('sheet')}>
            Föreslå för aktivt blad
          </Button>
          <Button size="small" disabledFocusable={busy} onClick={() => void d.propose('workbook')}>
            Föreslå för hela arbetsboken
          </Button>
        </div>
        {d.plans && d.plans.length > 0 && (
          <>
            <DerivationPreview plans={d.plans} selection={d.selection} busy={busy} onToggle={d.toggle} />
            <div className={styles.buttons}>
              <Button size="small" appearance="primary" disabledFocusable={busy || pending === 0} onClick={() => void d.write()}>
                {`Skriv formler (${cellCount(pending)})`}
              </Button>
            </div>
          </>
        )}
        {d.writes.length > 0 && (
          <div className={styles.buttons}>
            <Button size="small" disabledFocusable={busy} onClick={() => void d.undo(d.writes[0].id)}>
              Ångra senaste skrivning
            </Button>
            <Caption1 className={styles.muted}>{`${d.writes[0].label} (${cellCount(d.writes[0].cells)})`}</Caption1>
          </div>
        )}
        {charted.map(({ column, unit }) => (
          <VarianceChart key={column.id} column={column} unit={unit} />
        ))}
      </PaneSection>
      <CommentarySection host={host} busy={busy} exclusive={exclusive} feedback={feedback} onWritten={d.refreshWrites} />
      <TargetsSection host={host} busy={busy} exclusive={exclusive} feedback={feedback} onWritten={d.refreshWrites} />
      <IndexSeriesInfo announce={announce} />
    </div>
  );
}

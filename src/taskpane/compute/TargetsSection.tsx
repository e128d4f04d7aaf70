import { Badge, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useContext, useState } from 'react';
import { STATUS_WORDS, statusColumnWrites } from '../../core/targets/statusColumn';
import type { TargetRow } from '../../core/targets/types';
import { formatSwedishNumber } from '../../core/numbers/swedishNumber';
import type { WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';
import { cellCount } from '../words';
import { ValidateWorkbookContext } from '../useValidation';
import { PlainFormulaButton } from './PlainFormulaButton';
import { useRecomputeOnIndexChange } from '../indexStore/useRecomputeOnIndexChange';
import { TargetIndex } from '../indexValues/TargetIndex';
import { PaneSection } from '../PaneSection';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const STATUS_COLOR = { met: 'success', 'not-met': 'danger', 'not-assessable': 'warning' } as const;

export interface TargetsSectionProps {
  host: WorkbookHost;
  busy: boolean;
  exclusive: (task: () => Promise<void>) => Promise<void>;
  feedback: PaneFeedback;
  onWritten(): Promise<void>;
}

/** Styrtal with målvärden: status per row, the indexuppräkning chain, and an optional status column. */
export function TargetsSection({ host, busy, exclusive, feedback, onWritten }: TargetsSectionProps) {
  const styles = useStyles();
  const [targets, setTargets] = useState<TargetRow[] | null>(null);
  // The same engine runner as Validera (a Web Worker in the stand-alone page).
  const validateWorkbook = useContext(ValidateWorkbookContext);

  const evaluate = useCallback(
    () =>
      exclusive(async () => {
        try {
          const report = await validateWorkbook(await host.readWorkbook());
          setTargets(report.targets ?? []);
          if (!report.targets) feedback.show({ intent: 'info', text: 'Arbetsboken har ingen styrtalstabell (indikator, Utfall, Årets målvärde).' });
        } catch (error) {
          feedback.show(messageForError(error, 'läsa arbetsboken'));
        }
      }),
    [exclusive, host, feedback, validateWorkbook],
  );
  // New index values of the user's (imported, given at a row, removed): the målvärden shown recompute.
  useRecomputeOnIndexChange(targets !== null, evaluate);

  const writeStatus = useCallback(
    () =>
      exclusive(async () => {
        try {
          const workbook = await host.readWorkbook();
          const report = await validateWorkbook(workbook);
          const writes = statusColumnWrites(workbook, report.tables, report.targets ?? []);
          if (writes.length === 0) {
            feedback.show({ intent: 'info', text: 'Det finns ingen styrtalstabell med en ledig kolumn till höger att skriva status i.' });
            return;
          }
          const receipt = await host.writeCells(writes, 'Statuskolumn för styrtal');
          feedback.show({
            intent: 'success',
            title: 'Statuskolumn skriven',
            text: `${cellCount(receipt.written)} fick status med färg. Ångra med knappen under avvikelserna.`,
            ...(receipt.notice ? { details: [receipt.notice] } : {}),
          });
          await onWritten();
        } catch (error) {
          feedback.show(messageForError(error, 'skriva statuskolumnen'));
        }
      }),
    [exclusive, host, feedback, onWritten, validateWorkbook],
  );

  return (
    <PaneSection headingId="pk-targets-heading" title="Målvärden och måluppfyllelse">
      <div className={styles.buttons}>
        <Button size="small" disabledFocusable={busy} onClick={() => void evaluate()}>
          Bedöm styrtal
        </Button>
        <Button size="small" disabledFocusable={busy || !targets || targets.length === 0} onClick={() => void writeStatus()}>
          Skriv statuskolumn
        </Button>
      </div>
      {targets && targets.length > 0 && (
        <ul className={styles.list} aria-label="Styrtal">
          {targets.map((t) => (
            <li key={`${t.sheet}!${t.row}`} className={styles.row}>
              <Body1>
                <Badge appearance="tint" color={STATUS_COLOR[t.status]}>
                  {STATUS_WORDS[t.status]}
                </Badge>{' '}
                {t.name}
              </Body1>
              <Caption1 className={styles.muted}>
                {t.sheet}, rad {t.row}
                {t.actual !== null ? ` · utfall ${formatSwedishNumber(t.actual, decimalsOf(t.actual), t.unit || undefined)}` : ''}
                {t.target !== null ? ` · mål ${targetText(t)}` : ''}
                {t.chain ? ` · ${t.chain}` : ''}
                {t.note ? ` · ${t.note}` : ''}
              </Caption1>
              <TargetIndex row={t} busy={busy} />
              <PlainFormulaButton host={host} target={t} busy={busy} exclusive={exclusive} feedback={feedback} onWritten={onWritten} />
            </li>
          ))}
        </ul>
      )}
    </PaneSection>
  );
}

function decimalsOf(v: number): number {
  return Number.isInteger(v) ? 0 : 1;
}

function targetText(t: TargetRow): string {
  const unit = t.unit || undefined;
  if (t.target === null) return '';
  if (typeof t.target === 'number') return formatSwedishNumber(t.target, decimalsOf(t.target), unit);
  return `${formatSwedishNumber(t.target.min, decimalsOf(t.target.min))}–${formatSwedishNumber(t.target.max, decimalsOf(t.target.max), unit)}`;
}

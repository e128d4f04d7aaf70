/**
 * "Skriv som vanlig formel" for one computed, index-adjusted målvärde: a workbook sent to someone
 * without Periodkoll shows #NAMN? for PERIODKOLL.UPPRÄKNA, so this writes an ordinary formula into
 * the målvärde cell instead, with the chain and its sources as the cell's note. The user first sees
 * the cell and what it holds now; the write goes into the undo journal like every other.
 */
import { Button, makeStyles } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { currentText } from '../../core/derive/planDerivations';
import { toSwedishDisplay } from '../../core/formula/swedish';
import { parseA1 } from '../../core/model/address';
import { cellAt } from '../../core/model/workbook';
import type { TargetRow } from '../../core/targets/types';
import type { WorkbookHost } from '../../host/port';
import { ConfirmDialog } from '../ConfirmDialog';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';

export interface PlainFormulaButtonProps {
  host: WorkbookHost;
  target: TargetRow;
  busy: boolean;
  exclusive: (task: () => Promise<void>) => Promise<void>;
  feedback: PaneFeedback;
  onWritten(): Promise<void>;
}

// The row lays its lines out as a column; the button keeps its own width.
const useStyles = makeStyles({ button: { alignSelf: 'flex-start' } });

/** The confirm text: which cell, what it holds now, what it gets. */
export function plainFormulaQuestion(sheet: string, cell: string, now: string, formula: string): string {
  const holds = now.trim() === '' ? 'är tom' : `innehåller nu ${now.startsWith('=') ? toSwedishDisplay(now) : `"${now}"`}`;
  return `Cellen ${cell} på bladet ${sheet} ${holds}. Den får formeln ${toSwedishDisplay(formula)} och en anteckning med uträkningen och indexkällorna. Du kan ångra skrivningen.`;
}

export function PlainFormulaButton({ host, target, busy, exclusive, feedback, onWritten }: PlainFormulaButtonProps) {
  const styles = useStyles();
  const [question, setQuestion] = useState<string | null>(null);
  const plain = target.plainFormula;

  const ask = useCallback(
    () =>
      exclusive(async () => {
        if (!plain) return;
        try {
          // The cell as it is now, not as it was when the styrtal were judged.
          const workbook = await host.readWorkbook({ sheets: [target.sheet] });
          const sheet = workbook.sheets.find((s) => s.name === target.sheet);
          const at = parseA1(plain.cell);
          const cell = sheet && at ? cellAt(sheet, at.row, at.col) : undefined;
          setQuestion(plainFormulaQuestion(target.sheet, plain.cell, cell ? currentText(cell) : '', plain.formula));
        } catch (error) {
          feedback.show(messageForError(error, 'läsa målvärdescellen'));
        }
      }),
    [exclusive, host, target.sheet, plain, feedback],
  );

  const write = useCallback(() => {
    setQuestion(null);
    if (!plain) return;
    void exclusive(async () => {
      try {
        const receipt = await host.writeCells(
          [{ sheet: target.sheet, cell: plain.cell, formula: plain.formula, result: plain.result, note: plain.note }],
          `Vanlig formel för målvärdet i ${target.sheet}!${plain.cell}`,
        );
        feedback.show({
          intent: 'success',
          title: 'Vanlig formel skriven',
          text: `${target.sheet}!${plain.cell} räknar nu med ${toSwedishDisplay(plain.formula)}, också utan Periodkoll. Ångra med knappen under avvikelserna.`,
          ...(receipt.notice ? { details: [receipt.notice] } : {}),
        });
        await onWritten();
      } catch (error) {
        feedback.show(messageForError(error, 'skriva formeln'));
      }
    });
  }, [exclusive, host, target.sheet, plain, feedback, onWritten]);

  const cancel = useCallback(() => {
    setQuestion(null);
    if (plain) feedback.announce(`Inget skrevs; ${target.sheet}!${plain.cell} är oförändrad.`);
  }, [feedback, plain, target.sheet]);

  if (!plain) return null;
  return (
    <>
      <Button className={styles.button} size="small" appearance="subtle" disabledFocusable={busy} onClick={() => void ask()} aria-label={`Skriv som vanlig formel i ${target.sheet}!${plain.cell}`}>
        Skriv som vanlig formel
      </Button>
      <ConfirmDialog
        open={question !== null}
        title={`Skriva vanlig formel i ${plain.cell}?`}
        text={question ?? ''}
        confirmLabel="Skriv formeln"
        onConfirm={write}
        onCancel={cancel}
      />
    </>
  );
}

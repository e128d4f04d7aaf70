/**
 * "Skriv avvikelsekommentar": draft from the workbook, let the user edit it, then write it into the
 * cell the user names — as text, through the undoable write path, and only after asking when the
 * cell holds something.
 */
import { useCallback, useState } from 'react';
import { draftCommentary } from '../../core/commentary';
import { currentText } from '../../core/derive/planDerivations';
import { parseCellTarget } from '../../core/model/cellTarget';
import { parseA1 } from '../../core/model/address';
import { cellAt } from '../../core/model/workbook';
import { readWorkbook } from '../../core/reading/readWorkbook';
import type { WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';

/** Excel keeps at most this many characters in one cell. */
const MAX_CELL_TEXT = 32767;

export interface CommentaryState {
  text: string | null;
  setText(text: string): void;
  cell: string;
  setCell(cell: string): void;
  /** Set while the user is asked whether to replace what the cell holds. */
  question: string | null;
  draft(): Promise<void>;
  write(): Promise<void>;
  confirm(): void;
  cancel(): void;
}

export function useCommentary(host: WorkbookHost, exclusive: (task: () => Promise<void>) => Promise<void>, feedback: PaneFeedback, onWritten: () => Promise<void>): CommentaryState {
  const [text, setText] = useState<string | null>(null);
  const [cell, setCell] = useState('');
  const [pending, setPending] = useState<{ sheet: string; cell: string; question: string } | null>(null);

  const draft = useCallback(
    () =>
      exclusive(async () => {
        try {
          const outcome = draftCommentary(readWorkbook(await host.readWorkbook()));
          if (!outcome.ok) {
            feedback.show({ intent: 'info', text: outcome.message });
            return;
          }
          setText(outcome.draft.text);
          // The selected cell when the host knows it; else the first empty cell under the table.
          const active = await host.activeCell?.().catch(() => undefined);
          const target = active ?? outcome.draft.suggestedCell;
          setCell(`${quoteSheet(target.sheet)}!${target.cell}`);
          feedback.show(null);
          feedback.announce('Utkastet till avvikelsekommentar visas. Fyll i orsakerna där det står [orsak].');
        } catch (error) {
          feedback.show(messageForError(error, 'läsa arbetsboken'));
        }
      }),
    [exclusive, host, feedback],
  );

  const writeTo = useCallback(
    async (sheet: string, address: string) => {
      if (text === null) return;
      try {
        await host.writeCells([{ sheet, cell: address, value: text }], `Avvikelsekommentar i ${sheet}!${address}`);
        feedback.show({ intent: 'success', title: 'Kommentaren skriven', text: `Texten står i ${sheet}!${address}. Ångra med "Ångra senaste skrivning".` });
        await onWritten();
      } catch (error) {
        feedback.show(messageForError(error, 'skriva kommentaren'));
      }
    },
    [host, text, feedback, onWritten],
  );

  const write = useCallback(
    () =>
      exclusive(async () => {
        if (text === null) return;
        if (text.trim() === '') return feedback.show({ intent: 'error', text: 'Kommentaren är tom; inget skrevs.' });
        if (text.length > MAX_CELL_TEXT) return feedback.show({ intent: 'error', text: `En cell rymmer högst 32 767 tecken; kommentaren har ${text.length}. Inget skrevs.` });
        try {
          const target = parseCellTarget(cell, await host.activeSheetName());
          if ('error' in target) return feedback.show({ intent: 'error', text: target.error });
          const sheet = (await host.readWorkbook({ sheets: [target.sheet] })).sheets.find((s) => s.name === target.sheet);
          if (!sheet) return feedback.show({ intent: 'error', text: `Bladet ${target.sheet} finns inte i arbetsboken; inget skrevs.` });
          const at = parseA1(target.cell)!;
          const now = currentText(cellAt(sheet, at.row, at.col));
          if (now.trim() !== '') {
            setPending({ ...target, question: `Cellen ${target.cell} på bladet ${target.sheet} innehåller nu "${shorten(now)}". Den ersätts av kommentaren. Du kan ångra skrivningen.` });
            return;
          }
          await writeTo(target.sheet, target.cell);
        } catch (error) {
          feedback.show(messageForError(error, 'skriva kommentaren'));
        }
      }),
    [exclusive, text, cell, host, feedback, writeTo],
  );

  const confirm = useCallback(() => {
    const p = pending;
    setPending(null);
    if (p) void exclusive(() => writeTo(p.sheet, p.cell));
  }, [pending, exclusive, writeTo]);

  const cancel = useCallback(() => {
    if (pending) feedback.announce(`Inget skrevs; ${pending.sheet}!${pending.cell} är oförändrad.`);
    setPending(null);
  }, [pending, feedback]);

  return { text, setText, cell, setCell, question: pending?.question ?? null, draft, write, confirm, cancel };
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits and "_". */
function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

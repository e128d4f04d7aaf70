/**
 * "Jämför med förra månaden" in the pane: last month's file (any host) or the figures kept in the
 * workbook (Excel), against the workbook as it is now. Reads only; nothing is written.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { compareWithSnapshot, compareWorkbooks, type Comparison, type FigureSnapshot } from '../../core/compare';
import type { WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';
import { useIndexStore } from '../indexStore/IndexStoreProvider';
import { readSnapshots, removeSnapshots } from './figureSnapshots';
import { comparisonAnnouncement } from './compareWords';

/** What this month was compared with. */
export type ComparedWith = { kind: 'file'; name: string } | { kind: 'snapshot'; snapshot: FigureSnapshot };

export interface ComparisonState {
  result: { comparison: Comparison; with: ComparedWith } | null;
  /** Snapshots kept in the workbook, newest first (always empty outside Excel). */
  snapshots: FigureSnapshot[];
  compareWithFile(file: File): Promise<void>;
  compareWithKept(): Promise<void>;
  forgetKept(): Promise<void>;
  /** After a validation kept new figures. */
  setSnapshots(snapshots: FigureSnapshot[]): void;
}

/** Lets the browser paint "Jämför …" before the synchronous engine runs. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useComparison(host: WorkbookHost, exclusive: (task: () => Promise<void>) => Promise<void>, feedback: PaneFeedback): ComparisonState {
  const [result, setResult] = useState<ComparisonState['result']>(null);
  const [snapshots, setSnapshots] = useState<FigureSnapshot[]>([]);
  const { userIndex } = useIndexStore();
  const validation = useMemo(() => (userIndex ? { userIndex } : {}), [userIndex]);

  useEffect(() => {
    let alive = true;
    // A store that cannot be read only means there is nothing to compare with yet.
    readSnapshots(host).then((s) => alive && setSnapshots(s), () => undefined);
    return () => {
      alive = false;
    };
  }, [host]);

  const show = useCallback(
    (comparison: Comparison, compared: ComparedWith) => {
      setResult({ comparison, with: compared });
      feedback.announce(comparisonAnnouncement(comparison));
    },
    [feedback],
  );

  const compareWithFile = useCallback(
    (file: File) =>
      exclusive(async () => {
        feedback.show(null);
        let doing = `läsa ${file.name}`;
        let readingPrevious = true;
        try {
          const { readWorkbookBuffer } = await import('../../host/file/readWorkbookBuffer');
          const previous = await readWorkbookBuffer(await file.arrayBuffer(), file.name);
          readingPrevious = false;
          doing = 'läsa arbetsboken';
          const current = await host.readWorkbook();
          doing = 'jämföra med förra månaden';
          await nextTask();
          show(compareWorkbooks(previous, current, {}, validation), { kind: 'file', name: file.name });
        } catch (error) {
          const message = messageForError(error, doing);
          feedback.show(readingPrevious ? { ...message, title: `Förra månadens fil ${file.name} kunde inte läsas.` } : message);
        }
      }),
    [exclusive, feedback, host, show, validation],
  );

  const compareWithKept = useCallback(
    () =>
      exclusive(async () => {
        feedback.show(null);
        try {
          const current = await host.readWorkbook();
          await nextTask();
          const found = compareWithSnapshot(snapshots, current, {}, validation);
          if (!found) {
            feedback.show({ intent: 'info', text: 'Det finns inga sparade siffror från en tidigare månad i arbetsboken. Välj förra månadens fil i stället.' });
            return;
          }
          show(found.comparison, { kind: 'snapshot', snapshot: found.snapshot });
        } catch (error) {
          feedback.show(messageForError(error, 'jämföra med förra månaden'));
        }
      }),
    [exclusive, feedback, host, show, snapshots, validation],
  );

  const forgetKept = useCallback(
    () =>
      exclusive(async () => {
        try {
          await removeSnapshots(host);
          setSnapshots([]);
          feedback.announce('De sparade siffrorna är borttagna ur arbetsboken.');
        } catch (error) {
          feedback.show(messageForError(error, 'ta bort de sparade siffrorna'));
        }
      }),
    [exclusive, feedback, host],
  );

  return { result, snapshots, compareWithFile, compareWithKept, forgetKept, setSnapshots };
}

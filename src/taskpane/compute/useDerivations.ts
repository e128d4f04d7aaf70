import { useCallback, useState } from 'react';
import { defaultSelection, derivationWrites, derivedCellKey, planDerivations, type DerivationPlan } from '../../core/derive';
import type { WorkbookHost, WriteSummary } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';
import { countWord } from '../../core/text/countWord';
import { cellCount } from '../words';

export interface DerivationsState {
  plans: DerivationPlan[] | null;
  selection: ReadonlySet<string>;
  writes: WriteSummary[];
  propose(scope: 'sheet' | 'workbook'): Promise<void>;
  toggle(keys: string[], on: boolean): void;
  write(): Promise<void>;
  undo(id?: string): Promise<void>;
  refreshWrites(): Promise<void>;
}

/** "Beräkna avvikelser": plan from the workbook, preview with ticks, write, undo — through the port only. */
export function useDerivations(host: WorkbookHost, exclusive: (task: () => Promise<void>) => Promise<void>, feedback: PaneFeedback): DerivationsState {
  const [plans, setPlans] = useState<DerivationPlan[] | null>(null);
  const [scope, setScope] = useState<'sheet' | 'workbook'>('sheet');
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [writes, setWrites] = useState<WriteSummary[]>([]);

  const refreshWrites = useCallback(async () => {
    try {
      setWrites(await host.listWrites());
    } catch {
      setWrites([]);
    }
  }, [host]);

  const load = useCallback(
    async (which: 'sheet' | 'workbook') => {
      const sheet = which === 'sheet' ? await host.activeSheetName() : undefined;
      const workbook = await host.readWorkbook(sheet ? { sheets: [sheet] } : {});
      const next = planDerivations(workbook, sheet);
      setPlans(next);
      setSelection(defaultSelection(next));
      setScope(which);
      return next;
    },
    [host],
  );

  const propose = useCallback(
    (which: 'sheet' | 'workbook') =>
      exclusive(async () => {
        try {
          const next = await load(which);
          const cells = next.reduce((n, p) => n + p.columns.reduce((m, c) => m + c.cells.length, 0), 0);
          feedback.show(
            next.length === 0
              ? { intent: 'info', text: 'Periodkoll hittade ingen tabell med utfall och budget (eller prognos, fg år, omsättning) att räkna avvikelser för.' }
              : null,
          );
          feedback.announce(`${countWord(next.length, 'tabell', 'tabeller')}, ${cellCount(cells)} att granska.`);
          await refreshWrites();
        } catch (error) {
          feedback.show(messageForError(error, 'läsa arbetsboken'));
        }
      }),
    [exclusive, load, feedback, refreshWrites],
  );

  const toggle = useCallback((keys: string[], on: boolean) => {
    setSelection((old) => {
      const next = new Set(old);
      for (const k of keys) {
        if (on) next.add(k);
        else next.delete(k);
      }
      return next;
    });
  }, []);

  const write = useCallback(
    () =>
      exclusive(async () => {
        if (!plans) return;
        const cellWrites = derivationWrites(plans, selection);
        if (cellWrites.length === 0) return;
        const sheets = [...new Set(plans.map((p) => p.sheet))].join(', ');
        try {
          const receipt = await host.writeCells(cellWrites, `Avvikelser i ${sheets}`);
          feedback.show({
            intent: 'success',
            title: 'Formler skrivna',
            text: `${cellCount(receipt.written)} fick formler. Ångra med knappen nedan om det blev fel.`,
            ...(receipt.notice ? { details: [receipt.notice] } : {}),
          });
          await load(scope);
          await refreshWrites();
        } catch (error) {
          feedback.show(messageForError(error, 'skriva formlerna'));
        }
      }),
    [exclusive, plans, selection, host, feedback, load, scope, refreshWrites],
  );

  const undo = useCallback(
    (id?: string) =>
      exclusive(async () => {
        try {
          const restored = await host.undoWrite(id);
          feedback.show({ intent: 'success', text: restored > 0 ? `${countWord(restored, 'cell återställdes som den var', 'celler återställdes som de var')}.` : 'Det fanns inget att ångra.' });
          if (plans) await load(scope);
          await refreshWrites();
        } catch (error) {
          feedback.show(messageForError(error, 'ångra skrivningen'));
        }
      }),
    [exclusive, host, feedback, plans, load, scope, refreshWrites],
  );

  return { plans, selection, writes, propose, toggle, write, undo, refreshWrites };
}

export { derivedCellKey };

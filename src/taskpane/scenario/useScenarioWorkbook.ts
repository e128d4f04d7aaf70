import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Workbook } from '../../core/model/workbook';
import { scenarioBase, scenarioBaseChoices, type BaseChoice, type BaseOutcome, type ScenarioBaseRef } from '../../core/scenario';
import type { WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';
import { useIndexStore } from '../indexStore/IndexStoreProvider';

export interface ScenarioWorkbookState {
  workbook: Workbook | null;
  choices: BaseChoice[];
  /** The first base on the sheet the user was looking at, else the first in the workbook. */
  defaultBase: ScenarioBaseRef | undefined;
  /** The recognised base of a reference, computed once per workbook read. */
  baseOf(ref: ScenarioBaseRef): BaseOutcome;
  reload(): Promise<void>;
}

/**
 * The workbook the scenarios are computed on: read when the tab is first shown (not on mount,
 * so the other tabs' reads stay their own), and again on request. Scenarios never write to it.
 */
export function useScenarioWorkbook(host: WorkbookHost, active: boolean, exclusive: (task: () => Promise<void>) => Promise<void>, feedback: PaneFeedback): ScenarioWorkbookState {
  const [workbook, setWorkbook] = useState<Workbook | null>(null);
  const [activeSheet, setActiveSheet] = useState<string | undefined>();
  const started = useRef(false);
  const { userIndex } = useIndexStore();

  const reload = useCallback(
    () =>
      exclusive(async () => {
        try {
          const sheet = await host.activeSheetName();
          setWorkbook(await host.readWorkbook());
          setActiveSheet(sheet);
        } catch (error) {
          feedback.show(messageForError(error, 'läsa arbetsboken'));
        }
      }),
    [host, exclusive, feedback],
  );

  useEffect(() => {
    if (!active || started.current) return;
    started.current = true;
    void reload();
  }, [active, reload]);

  const choices = useMemo(() => (workbook ? scenarioBaseChoices(workbook) : []), [workbook]);
  const defaultChoice = choices.find((c) => c.sheet === activeSheet) ?? choices[0];
  // A new workbook read or new index values of the user's: every base is computed afresh.
  const cache = useMemo(() => new Map<string, BaseOutcome>(), [workbook, userIndex]);
  const baseOf = useCallback(
    (ref: ScenarioBaseRef): BaseOutcome => {
      if (!workbook) return { ok: false, message: 'Arbetsboken är inte läst än.' };
      const key = JSON.stringify([ref.sheet, ref.table ?? 0, ref.column ?? '']);
      if (!cache.has(key)) cache.set(key, scenarioBase(workbook, ref, userIndex));
      return cache.get(key)!;
    },
    [workbook, cache, userIndex],
  );

  return { workbook, choices, defaultBase: defaultChoice ? { sheet: defaultChoice.sheet, table: defaultChoice.table } : undefined, baseOf, reload };
}

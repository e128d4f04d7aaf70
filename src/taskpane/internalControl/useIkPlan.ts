import { useCallback, useState } from 'react';
import { validateWorkbook } from '../../core';
import type { Finding } from '../../core/findings/finding';
import type { InternalControlSummary } from '../../core/internalControl/types';
import { isoDateOf } from '../../core/model/excelDate';
import type { Workbook } from '../../core/model/workbook';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';
import { useIndexStore } from '../indexStore/IndexStoreProvider';
import type { RiskSettings } from './riskSettings';

export interface IkPlanResult {
  summary: InternalControlSummary;
  /** The ic.* findings, in the engine's order. */
  findings: Finding[];
}

/** "Kontrollera IK-planen": the engine over the whole workbook with the tab's risk settings and today's date. */
export function useIkPlan(
  read: () => Promise<Workbook>,
  readDone: () => void,
  exclusive: (task: () => Promise<void>) => Promise<void>,
  feedback: PaneFeedback,
  now: () => Date,
) {
  const [result, setResult] = useState<IkPlanResult | null>(null);
  // The same user layer as every other validation, so the report is the one the other tabs see.
  const { userIndex } = useIndexStore();

  const check = useCallback(
    (settings: RiskSettings) =>
      exclusive(async () => {
        feedback.show(null);
        try {
          const report = validateWorkbook(await read(), { userIndex, internalControl: { ...settings, asOf: isoDateOf(now()) } });
          const summary = report.internalControl;
          if (!summary) {
            setResult(null);
            feedback.show({
              intent: 'info',
              text: 'Hittar ingen internkontrollplan i arbetsboken (en tabell med rubrikerna Risk och Åtgärd, gärna Verksamhet, Kommentar och Status).',
            });
            return;
          }
          const findings = report.findings.filter((f) => f.rule.startsWith('ic.'));
          setResult({ summary, findings });
          feedback.announce(`Klar: ${summary.risks.total} risker, ${findings.length} anmärkningar i internkontrollplanen`);
        } catch (error) {
          feedback.show(messageForError(error, 'kontrollera internkontrollplanen'));
        } finally {
          readDone();
        }
      }),
    [read, readDone, exclusive, feedback, now, userIndex],
  );

  return { result, check };
}

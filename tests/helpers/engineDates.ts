/**
 * The dates the engine reads from a workbook holding a ledger sheet "Huvudbok" and an IK-plan, as
 * ISO text: each ledger row's Datum and each plan row's Klart senast. The host tests compare them
 * between the 1900 and 1904 date systems.
 */
import { checkInternalControl } from '../../src/core/internalControl/checkInternalControl';
import { controlLedger } from '../../src/core/ledger';
import { isoDate } from '../../src/core/model/excelDate';
import type { Workbook } from '../../src/core/model/workbook';

export const LEDGER_SHEET = 'Huvudbok';

export function engineDates(workbook: Workbook): { ledger: string[]; deadlines: Array<string | undefined> } {
  const outcome = controlLedger(workbook, { sheet: LEDGER_SHEET });
  if (!outcome.ok) throw new Error(outcome.message);
  const { plans } = checkInternalControl(workbook);
  return {
    ledger: outcome.result.ledger.entries.map((e) => isoDate(e.day)),
    deadlines: plans.flatMap((p) => p.risks.flatMap((risk) => risk.rows.map((row) => row.deadline?.iso))),
  };
}

/**
 * The control steps of the IK-plan on a ledger sheet (DOMAIN §3.8), in one call for every host:
 * read the ledger, run each check (a check whose input is missing is skipped and says why), and
 * draw the stickprov when one is asked for.
 */
import { sortFindings, type Finding } from '../findings/finding';
import type { Workbook } from '../model/workbook';
import { dateSystemOf } from '../model/excelDate';
import { findAvtalList, type PartyListResult } from './avtalList';
import { checkAutoApproved } from './autoApproved';
import { checkAutoApprovedChange } from './autoApprovedChange';
import type { CheckOutcome, CheckSummary } from './checkOutcome';
import { checkDuplicateAmounts } from './duplicateAmount';
import { checkDuplicateInvoices } from './duplicateInvoice';
import { checkInvestments } from './investments';
import { findLedgerSheet } from './ledgerSheet';
import { checkOutsideAgreement } from './outsideAgreement';
import { readLedger, type Ledger } from './readLedger';
import { ledgerSettings, type LedgerSettings } from './settings';
import { drawSample, type Sample, type SampleRequest } from './stickprov';
import { reportUnreadableRows } from './unreadableRows';
import { parseA1 } from '../model/address';

export interface ControlRequest {
  /** The ledger sheet; the first sheet that reads as a ledger when absent. */
  sheet?: string;
  settings?: Partial<LedgerSettings>;
  /** Draw a stickprov too. */
  sample?: SampleRequest;
  /** The avtal list read from a file of its own; absent: looked up in the workbook (settings.avtal). */
  avtalList?: PartyListResult;
}

export interface ControlSummary {
  sheet: string;
  headerRow: number;
  /** Ledger rows read, and the years they cover. */
  rows: number;
  years: number[];
  unreadable: number;
  checks: CheckSummary[];
}

export interface ControlResult {
  ledger: Ledger;
  findings: Finding[];
  summary: ControlSummary;
  sample?: Sample;
}

export type ControlOutcome = { ok: true; result: ControlResult } | { ok: false; message: string };

export function controlLedger(workbook: Workbook, request: ControlRequest = {}): ControlOutcome {
  const found = findLedgerSheet(workbook, request.sheet);
  if (!found.ok) return found;
  const read = readLedger(found.sheet, dateSystemOf(workbook));
  if (!read.ok) return read;
  const { ledger } = read;
  const settings = ledgerSettings(request.settings);
  const outcomes = runChecks(ledger, request.avtalList ?? findAvtalList(workbook, settings.avtal), settings);
  const findings = sortFindings(outcomes.flatMap((o) => o.findings), [ledger.sheet]);
  const years = [...new Set(ledger.entries.map((e) => e.year))].sort((a, b) => a - b);
  const summary: ControlSummary = {
    sheet: ledger.sheet,
    headerRow: ledger.header.row,
    rows: ledger.entries.length,
    years,
    unreadable: ledger.unreadable.length,
    checks: outcomes.map((o) => o.summary),
  };
  const result: ControlResult = { ledger, findings, summary };
  if (request.sample) result.sample = drawSample(ledger, request.sample);
  return { ok: true, result };
}

function runChecks(ledger: Ledger, avtal: PartyListResult, settings: LedgerSettings): CheckOutcome[] {
  const invoices = checkDuplicateInvoices(ledger);
  const flagged = new Set(invoices.findings.map((f) => parseA1(f.cell)!.row));
  return [
    reportUnreadableRows(ledger),
    invoices,
    checkDuplicateAmounts(ledger, settings.duplicateDays, flagged),
    checkOutsideAgreement(ledger, avtal),
    checkAutoApproved(ledger, settings.autoThreshold),
    checkAutoApprovedChange(ledger, settings.changeFactor),
    ...checkInvestments(ledger, settings),
  ];
}

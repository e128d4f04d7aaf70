/** Control steps on a ledger sheet (DOMAIN §3.8): stickprov, dubbelbetalning, avtal, attest, investeringar. */
export { controlLedger, type ControlRequest, type ControlResult, type ControlOutcome, type ControlSummary } from './controlLedger';
export { parseAccountList, accountSet, type AccountSet } from './accountSet';
export { seedFromText } from './prng';
export { drawSample, sampleSize, type Sample, type SampleRequest, type SampleSize } from './stickprov';
export { buildStickprovSheet, stickprovSheetName, stickprovSheetOf } from './stickprovSheet';
export { ledgerSheetNames } from './ledgerSheet';
export { readLedger, type Ledger, type LedgerEntry } from './readLedger';
export { DEFAULT_LEDGER_SETTINGS, PRISBASBELOPP, ledgerSettings, type LedgerSettings } from './settings';
export type { CheckSummary } from './checkOutcome';
export { describeSample, describeSummary } from './describeControl';
export { findAvtalList, readAvtalSheet, type PartyListResult } from './avtalList';
export { readTextLedger, sniffLedgerFile, NOT_A_LEDGER_FILE, TEXT_LEDGER_SHEET, type LedgerFileKind } from './imports/ledgerFile';
export { csvSheet } from './imports/csvSheet';
export { decodeExportText } from './imports/exportText';

/**
 * Which ExcelApi requirement sets the running Excel offers, decided once per host. Every newer API
 * this adapter uses has a fallback, so an older Excel still reads, marks and writes the report.
 */
import { DATE_SYSTEM_PROPERTY } from './dateSystem';

export interface ApiSupport {
  /** 1.7: workbook name and structure protection, defined-name formulas, hyperlinks. */
  workbookInfo: boolean;
  /** 1.9: fill pattern and tint (exact fill backup), suspendScreenUpdatingUntilNextSync. */
  fillPattern: boolean;
  screenUpdating: boolean;
  /** 1.9: Range.getCellProperties (the fills of a genomförandeplan's Uppföljning cells). */
  cellProperties: boolean;
  /** 1.9 as a floor for Workbook.use1904DateSystem, which also needs the library to define it (see dateSystem.ts). */
  dateSystem: boolean;
  /** 1.10: Workbook.comments (a cell with a threaded comment cannot take a note). */
  comments: boolean;
  /** 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** 1.16: Range.valuesAsJson (error cells in any display language). */
  valuesAsJson: boolean;
  /** 1.18: notes (the cell notes that carry a mark's message). */
  notes: boolean;
  /** 1.5: custom XML parts (where the mark backup lives). */
  customXml: boolean;
}

export type IsSetSupported = (version: string) => boolean;

export function detectSupport(isSupported: IsSetSupported): ApiSupport {
  return {
    customXml: isSupported('1.5'),
    workbookInfo: isSupported('1.7'),
    fillPattern: isSupported('1.9'),
    screenUpdating: isSupported('1.9'),
    cellProperties: isSupported('1.9'),
    dateSystem: isSupported('1.9'),
    comments: isSupported('1.10'),
    mergedAreas: isSupported('1.13'),
    valuesAsJson: isSupported('1.16'),
    notes: isSupported('1.18'),
  };
}

/**
 * The member each of these APIs is reached through. isSetSupported answers for Excel, but office.js
 * defines only the APIs of its release, on its classes' prototypes, so a self-hosted library older
 * than Excel lacks the newer members and reading one gives undefined. (1.9's fill pattern, screen
 * updating and cell properties are in every library the add-in can load.)
 */
const MEMBER = {
  comments: 'comments',
  dateSystem: DATE_SYSTEM_PROPERTY,
  mergedAreas: 'getMergedAreasOrNullObject',
  valuesAsJson: 'valuesAsJson',
  notes: 'notes',
} as const;

/** True when Excel offers the API and the loaded library defines it on `loaded` (a Workbook, Worksheet or Range as MEMBER says). */
export function canUse(support: ApiSupport, api: keyof typeof MEMBER, loaded: object): boolean {
  return support[api] && MEMBER[api] in loaded;
}

/** Asks Office itself; false outside Office (no `Office` global) or before Office.onReady. */
export function officeIsSetSupported(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  try {
    return Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

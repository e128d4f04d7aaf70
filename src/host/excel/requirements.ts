/**
 * Which ExcelApi requirement sets the running Excel offers, decided once per host. Every newer API
 * this adapter uses has a fallback, so an older Excel still reads, marks and writes the report.
 */
export interface ApiSupport {
  /** 1.7: workbook name and structure protection, defined-name formulas, hyperlinks. */
  workbookInfo: boolean;
  /** 1.9: fill pattern and tint (exact fill backup), suspendScreenUpdatingUntilNextSync. */
  fillPattern: boolean;
  screenUpdating: boolean;
  /** 1.9 as a floor for Workbook.use1904DateSystem, which also needs the library to define it (see dateSystem.ts). */
  dateSystem: boolean;
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
    dateSystem: isSupported('1.9'),
    mergedAreas: isSupported('1.13'),
    valuesAsJson: isSupported('1.16'),
    notes: isSupported('1.18'),
  };
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

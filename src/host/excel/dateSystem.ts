/**
 * The workbook's date system through Office.js: Workbook.use1904DateSystem. The Office.js reference
 * lists it among the preview APIs (ExcelApi BETA), in no numbered requirement set and not in the
 * released type definitions, so no isSetSupported answer alone vouches for it. It is read only when
 * the Office.js library in use defines the property on the Workbook object, as the Office docs advise
 * for an API outside a set, and the Excel supports ExcelApi 1.9 at least (canUse(support,
 * 'dateSystem', workbook)). Otherwise the workbook counts as 1900, Excel's default.
 */
import type { DateSystem } from '../../core/model/workbook';

export const DATE_SYSTEM_PROPERTY = 'use1904DateSystem';

/** The loaded property as the model's date system. */
export function loadedDateSystem(workbook: Excel.Workbook): DateSystem {
  return (workbook as unknown as Record<typeof DATE_SYSTEM_PROPERTY, unknown>)[DATE_SYSTEM_PROPERTY] === true ? 1904 : 1900;
}

import type { Finding } from '../findings/finding';
import type { Sheet } from '../model/workbook';

/** A rule that looks at a whole sheet, whether or not a table was recognised on it. */
export type SheetRule = (sheet: Sheet) => Finding[];

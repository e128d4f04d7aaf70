/**
 * The cells a workbook may hold, counted per <c> as the sheets are scanned (readXlsxStream.ts).
 * A cell that cannot be placed (beyond Excel's grid, before any row) is a reason to refuse the
 * workbook, but not before the count is done: the rest of the sheets are still scanned, counting
 * only, so a cell bomb is refused as too many cells whichever sheet or column it fills first,
 * as the ExcelJS path, which counts before it reads (xlsxPackage.ts), refuses it.
 */
import { readErrors } from '../readErrors';

export class CellBudget {
  /** The first cell-level refusal; from then on nothing more is built. */
  refusal: Error | undefined;
  private left: number;

  constructor(private readonly limit: number) {
    this.left = limit;
  }

  /** One more <c>; throws past the limit. */
  count(): void {
    if (--this.left < 0) throw readErrors.tooManyCells(this.limit);
  }

  refuse(error: Error): void {
    this.refusal ??= error;
  }
}

/**
 * Error cells whose literal is in a display language this adapter does not know (neither English
 * nor Swedish) get their English literal from valuesAsJson (ExcelApi 1.16). An extra round trip,
 * only when such cells exist; without 1.16 they keep the literal Excel showed, still as errors.
 */
import { batchesBySize } from './batches';
import { errorLiteralFromJson } from './errorValues';
import { isBusy } from './officeErrors';
import { BYTES_PER_ERROR_LOOKUP } from './payload';
import type { SheetUnknownError } from './readChunks';

export async function resolveErrorLanguage(context: Excel.RequestContext, worksheets: Excel.Worksheet[], unknown: SheetUnknownError[]): Promise<void> {
  for (const batch of batchesBySize(unknown, () => BYTES_PER_ERROR_LOOKUP)) {
    const lookups = batch.map((u) => {
      const range = worksheets[u.sheet].getRangeByIndexes(u.row - 1, u.col - 1, 1, 1);
      range.load('valuesAsJson');
      return { u, range };
    });
    try {
      await context.sync();
    } catch (e) {
      // The literal as shown is still a correct error cell; only a busy Excel is worth reporting.
      if (isBusy(e)) throw e;
      return;
    }
    for (const { u, range } of lookups) {
      const literal = errorLiteralFromJson(range.valuesAsJson?.[0]?.[0]);
      if (literal) u.cell.value = literal;
    }
  }
}

/**
 * The engine in a Web Worker (stand-alone page): the page posts the workbook model (plain data),
 * the worker answers with the report, so a large workbook never freezes the page.
 */
import { validateWorkbook } from '../core/engine/validate';
import type { ValidationRequest, ValidationResponse } from './validationMessages';

const answer = (response: ValidationResponse) => (self as unknown as { postMessage(m: ValidationResponse): void }).postMessage(response);

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { id, workbook, settings } = event.data;
  try {
    answer({ id, report: validateWorkbook(workbook, settings) });
  } catch (error) {
    answer({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

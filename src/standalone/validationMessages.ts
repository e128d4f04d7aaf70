import type { Report } from '../core/findings/finding';
import type { Workbook } from '../core/model/workbook';

/** What the page posts to the validation worker and what it answers (see validate.worker.ts). */
export interface ValidationRequest {
  id: number;
  workbook: Workbook;
}

export type ValidationResponse = { id: number; report: Report } | { id: number; error: string };

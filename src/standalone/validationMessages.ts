import type { ValidationSettings } from '../core/engine/settings';
import type { Report } from '../core/findings/finding';
import type { Workbook } from '../core/model/workbook';

/** What the page posts to the validation worker and what it answers (see validate.worker.ts). */
export interface ValidationRequest {
  id: number;
  workbook: Workbook;
  /** Plain data too: the worker has no localStorage, so the user's index values come along here. */
  settings?: ValidationSettings;
}

export type ValidationResponse = { id: number; report: Report } | { id: number; error: string };

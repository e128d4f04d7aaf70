/** Any error from a port call as a Swedish message the pane can show. */
import { HostError } from '../host/port';

export interface PaneMessage {
  intent: 'error' | 'warning' | 'success' | 'info';
  title?: string;
  text: string;
  /** Further lines, e.g. cells that were skipped and why. */
  details?: string[];
}

/** Errors whose message is already Swedish and written for the user. */
const USER_FACING_ERRORS = new Set(['HostError', 'WorkbookReadError']);

/**
 * A HostError's own Swedish message (a refusal the user can act on is a warning);
 * anything unexpected gets a generic Swedish text naming what was being done.
 */
export function messageForError(error: unknown, doing: string): PaneMessage {
  if (error instanceof HostError) {
    const warning = error.code === 'protected' || error.code === 'busy' || error.code === 'sheet-exists';
    return { intent: warning ? 'warning' : 'error', text: error.message };
  }
  if (error instanceof Error && USER_FACING_ERRORS.has(error.name) && error.message) {
    return { intent: 'error', text: error.message };
  }
  return {
    intent: 'error',
    title: `Det gick inte att ${doing}.`,
    text: 'Ett oväntat fel inträffade. Försök igen; om felet kvarstår, stäng och öppna Periodkoll.',
    ...(error instanceof Error && error.message ? { details: [`Teknisk orsak: ${error.message}`] } : {}),
  };
}

import type { PaneMessage } from './errorMessage';

/** How an operation tells the user what happened: a visible message and a screen-reader line. */
export interface PaneFeedback {
  /** Shows a message bar (and says it in the live region); null removes it. */
  show(message: PaneMessage | null): void;
  /** Says the sentence in the live region. */
  announce(text: string): void;
}

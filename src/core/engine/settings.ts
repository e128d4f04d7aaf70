/** What the user can tell the engine once, instead of the engine guessing. */
export interface ValidationSettings {
  /** The nämnd's budgetram from regionfullmäktige (mnkr, positive), when not labelled in the workbook. */
  budgetram?: number;
}

import type { IndexTable } from '../indexation/series';

/** What the user can tell the engine once, instead of the engine guessing. */
export interface ValidationSettings {
  /** The nämnd's budgetram from regionfullmäktige (mnkr, positive), when not labelled in the workbook. */
  budgetram?: number;
  /** Report year for målvärden "efter indexuppräkning", when no cell is labelled "Rapportår". */
  reportYear?: number;
  /** Index lag in years (SKR recommends a lagged index for fee uplifts); else a cell "Eftersläpning"; else 0. */
  indexLag?: number;
  /** The user's own index values (their store), between the bundled defaults and the workbook's Index sheet. */
  userIndex?: IndexTable;
  /** The IK-plan's risk matrix and follow-up (DOMAIN §3.8); absent parts take their defaults. */
  internalControl?: InternalControlSettings;
}

export interface InternalControlSettings {
  /** Steps per axis of the risk matrix; default 4 (4 × 4). */
  scale?: number;
  /** Inclusive riskvärde intervals; default green 1–3, yellow 4–8, red 9–16. */
  bands?: { green: [number, number]; yellow: [number, number]; red: [number, number] };
  /** "Today" as an ISO date (YYYY-MM-DD) for the Klart senast check, which is skipped without it. */
  asOf?: string;
  /** How many follow-ups in a row an åtgärd may stay "pågår" before it is flagged; default 2. */
  maxOngoingFollowUps?: number;
}

/** A genomförandeplan (DOMAIN §3.9) as the engine reads it. */
import type { CellRange } from '../model/workbook';

/** Uppföljning of one activity: Rött, Grönt, or not (yet) followed up. */
export type FollowUpColour = 'red' | 'green' | 'none';

export interface PlanActivity {
  row: number;
  text: string;
  /** Ansvar för handläggning, when given. */
  responsible?: string;
  colour: FollowUpColour;
  /** Where the follow-up was read (the Uppföljning cell). */
  followUpCol: number;
  /** A comment beyond the colour word, from the Uppföljning cell or a Kommentar column. */
  comment?: string;
}

/** A "Saknas aktivitet <år>" line under a prioritering. */
export interface MissingActivity {
  row: number;
  col: number;
  year?: number;
}

export interface PlanPriority {
  row: number;
  text: string;
  activities: PlanActivity[];
  missing: MissingActivity[];
}

export interface PlanGoal {
  /** 0 when activities come before any Mål line. */
  row: number;
  text: string;
  priorities: PlanPriority[];
}

export interface ImplementationPlanTable {
  sheet: string;
  range: CellRange;
  goals: PlanGoal[];
}

/** Counts per mål, for the report. */
export interface ImplementationGoalCount {
  sheet: string;
  row: number;
  goal: string;
  red: number;
  green: number;
  missing: number;
  /** Activities without a follow-up (neither Rött nor Grönt). */
  unassessed: number;
}

export interface ImplementationPlanSummary {
  goals: ImplementationGoalCount[];
}

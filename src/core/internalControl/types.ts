/** The internkontrollplan (IK-plan) and its follow-up (DOMAIN §3.8). */
import type { Cell, CellRange } from '../model/workbook';

/** What a follow-up says about an åtgärd, read from a status column or from the comment. */
export type ActionStatus = 'done' | 'ongoing' | 'not-started' | 'accepted';

/** A status as the summary counts it: known, written but not understood, or not written at all. */
export type StatusKey = ActionStatus | 'unknown' | 'missing';

export type RiskBand = 'green' | 'yellow' | 'red';

/** Inclusive riskvärde intervals per colour. */
export interface RiskBands {
  green: [number, number];
  yellow: [number, number];
  red: [number, number];
}

/** Where an IK-plan table keeps what (1-based columns). */
export interface IkPlanColumns {
  verksamhet?: number;
  risk: number;
  action: number;
  sannolikhet?: number;
  konsekvens?: number;
  riskValue?: number;
  responsible?: number;
  deadline?: number;
}

/**
 * One follow-up occasion: its status column and/or comment column. A plan with one Kommentar
 * column has one; "Status T1", "Status T2", "Status delår" make a history, oldest first.
 */
export interface FollowUp {
  /** Header as the user wrote it, on one line ("Status T2"). */
  label: string;
  status?: number;
  comment?: number;
}

/** One row of the plan: an åtgärd (or an empty åtgärd cell) under a risk. */
export interface PlanRow {
  row: number;
  action: string;
  /** Per follow-up of the table (same order): what the status and comment cells hold. */
  followUps: Array<{ status: string; comment: string }>;
  /** The Klart senast cell as text, and the date it means (ISO), when it can be read. */
  deadline?: { text: string; iso?: string };
}

/** A cell of the risk assessment (Sannolikhet, Konsekvens, Riskvärde) as written. */
export interface AssessmentCell {
  row: number;
  col: number;
  cell: Cell;
}

export interface PlanRisk {
  /** First row of the risk; its Risk cell is the one to look at. */
  row: number;
  text: string;
  verksamhet: string;
  sannolikhet?: AssessmentCell;
  konsekvens?: AssessmentCell;
  riskValue?: AssessmentCell;
  rows: PlanRow[];
}

export interface IkPlanTable {
  sheet: string;
  headerRows: number[];
  columns: IkPlanColumns;
  followUps: FollowUp[];
  /**
   * Index into followUps of the latest follow-up that anything is written in; follow-up columns
   * further right are still empty (prepared for later). -1 when no follow-up is written yet.
   */
  current: number;
  risks: PlanRisk[];
  range: CellRange;
}

/** A risk as the pane lists it under a matrix cell. */
export interface MatrixRisk {
  sheet: string;
  /** A1 address of the risk text. */
  cell: string;
  row: number;
  text: string;
  verksamhet: string;
}

export interface RiskMatrixCell {
  sannolikhet: number;
  konsekvens: number;
  /** sannolikhet × konsekvens */
  value: number;
  band: RiskBand;
  count: number;
  risks: MatrixRisk[];
}

/** What the report says about the IK-plan(s) of a workbook. */
export interface InternalControlSummary {
  /** Steps per axis of the risk matrix (4 gives 4 × 4). */
  scale: number;
  bands: RiskBands;
  /** The date deadlines were checked against; absent when they were not checked. */
  asOf?: string;
  risks: { total: number; byBand: Record<RiskBand | 'unassessed', number> };
  actions: { total: number; byStatus: Record<StatusKey, number> };
  /** scale × scale cells, sannolikhet from the highest down, konsekvens from 1 up. */
  matrix: RiskMatrixCell[];
}

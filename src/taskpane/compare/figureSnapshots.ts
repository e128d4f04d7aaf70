/**
 * The figures Periodkoll keeps in the workbook at each whole-workbook validation in Excel, for next
 * month's "Jämför med förra månaden" (see core/compare/snapshot.ts). Only Excel keeps them: the
 * page works on a copy the user downloads, and its user can open last month's file instead.
 */
import { keepSnapshot, parseSnapshots, SNAPSHOT_STORE_KEY, takeSnapshot, type FigureSnapshot } from '../../core/compare';
import type { Report } from '../../core/findings/finding';
import type { Workbook } from '../../core/model/workbook';
import type { WorkbookHost } from '../../host/port';

export function keepsSnapshots(host: WorkbookHost): boolean {
  return host.kind === 'excel';
}

export async function readSnapshots(host: WorkbookHost): Promise<FigureSnapshot[]> {
  if (!keepsSnapshots(host)) return [];
  return parseSnapshots(await host.readStore(SNAPSHOT_STORE_KEY));
}

/** Stores this validation's figures; returns the snapshots now kept, newest first. */
export async function keepFigureSnapshot(host: WorkbookHost, workbook: Workbook, report: Report, now: Date): Promise<FigureSnapshot[]> {
  const kept = keepSnapshot(await readSnapshots(host), takeSnapshot(workbook, report, now.toISOString()));
  await host.writeStore(SNAPSHOT_STORE_KEY, JSON.stringify(kept));
  return kept;
}

/** "Ta bort sparade siffror": the store entry goes; nothing else in the workbook is touched. */
export async function removeSnapshots(host: WorkbookHost): Promise<void> {
  await host.writeStore(SNAPSHOT_STORE_KEY, undefined);
}

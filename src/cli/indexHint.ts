/** The exact commands that would supply a missing index value, for every CLI message that needs one. */
import type { IndexKind } from '../core/indexation';

export function addIndexCommand(series: string, kind: IndexKind, years: number[]): string {
  const adds = years.map((y) => `--add ${series}:${y}=${kind === 'percent' ? '<förändring>%' : '<indextal>'}`).join(' ');
  return `periodkoll index ${adds} --source "<källa>"`;
}

/** "Lägg till: periodkoll index --add LPIK:2025=<förändring>% --source "<källa>", eller läs in en indextabell: periodkoll index --import <fil>." */
export function addIndexHint(series: string, kind: IndexKind, years: number[]): string {
  return `Lägg till värdet: ${addIndexCommand(series, kind, years)}, eller läs in en indextabell: periodkoll index --import <fil>.`;
}

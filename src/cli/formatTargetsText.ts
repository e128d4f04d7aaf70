/**
 * The styrtal part of the text report: every row with its status, grouped by sheet.
 *
 *     Styrtal: 9 uppnådda, 6 ej uppnådda, 2 kan inte bedömas.
 *       Blad "Styrtal"
 *         rad 5   Uppnått           Verksamhetsmedel fördelade till … : 117 397 000 kr mot 113 752 551 kr
 */
import type { TargetRow, TargetValue } from '../core/targets/types';
import { STATUS_WORD } from '../core/targets/words';
import { addIndexHint } from './indexHint';
import { formatSwedishFigure } from '../core/numbers/swedishNumber';

const NAME_WIDTH = 60;

export function formatTargetsText(targets: TargetRow[]): string[] {
  if (targets.length === 0) return [];
  const count = (s: TargetRow['status']) => targets.filter((t) => t.status === s).length;
  const lines = [`  Styrtal: ${count('met')} uppnådda, ${count('not-met')} ej uppnådda, ${count('not-assessable')} kan inte bedömas.`];
  const statusWidth = Math.max(...Object.values(STATUS_WORD).map((w) => w.length));
  const rowWidth = Math.max(...targets.map((t) => String(t.row).length));
  let sheet: string | undefined;
  for (const t of targets) {
    if (t.sheet !== sheet) {
      sheet = t.sheet;
      lines.push(`    Blad "${sheet}"`);
    }
    lines.push(`      rad ${String(t.row).padEnd(rowWidth)}  ${STATUS_WORD[t.status].padEnd(statusWidth)}  ${shortName(t.name)}${figures(t)}`);
    const indent = ' '.repeat(12 + rowWidth + statusWidth);
    if (t.indexSources) lines.push(`${indent}Index: ${t.indexSources}`);
    if (t.missingIndex) lines.push(`${indent}${addIndexHint(t.missingIndex.series, t.missingIndex.kind, t.missingIndex.years)}`);
  }
  return lines;
}

function shortName(name: string): string {
  return name.length <= NAME_WIDTH ? name : `${name.slice(0, NAME_WIDTH - 1).trimEnd()}…`;
}

function figures(t: TargetRow): string {
  if (t.actual === null && t.target === null && t.computedTarget === undefined) return '';
  const unit = t.unit ? ` ${t.unit}` : '';
  const actual = t.actual === null ? 'utfall saknas' : `${formatSwedishFigure(t.actual)}${unit}${t.qualifier ? ` ${t.qualifier}` : ''}`;
  if (t.computedTarget === undefined && t.target === null) return `: ${actual}, målvärde saknas`;
  const against = t.computedTarget !== undefined ? `${formatSwedishFigure(Math.round(t.computedTarget))}${unit} (indexuppräknat)` : value(t.target!, unit);
  return `: ${actual} mot ${against}`;
}

function value(v: TargetValue, unit: string): string {
  return typeof v === 'number' ? `${formatSwedishFigure(v)}${unit}` : `${formatSwedishFigure(v.min)}–${formatSwedishFigure(v.max)}${unit}`;
}

/** The driftredovisning part of the draft: the områden whose avvikelse stands out. */
import { formatSignedSwedishNumber, formatSwedishNumber } from '../numbers/swedishNumber';
import { verdictWords } from '../derive/varianceWords';
import type { TableReading } from '../reading/types';
import type { TableColumn } from '../tables/table';
import { largest, statedVariance } from './rowVariance';
import type { RowVariance } from './types';
import { REASON } from './reason';

/** An område stands out when its avvikelse is at least this share of all områdens avvikelser together. */
const STANDS_OUT_SHARE = 0.1;
const MOST_AREAS = 3;

export interface AreaSection {
  paragraphs: string[];
  areas: RowVariance[];
}

export function areaSection(t: TableReading, unit: string | undefined): AreaSection | undefined {
  const column = thisYear(t.table.columns, 'budgetVariance');
  if (!column) return undefined;
  const relation = thisYear(t.table.columns, 'relation');
  // An område's avvikelse is its net: better or worse, whatever its label says about costs.
  const all = t.table.rows
    .filter((r) => r.kind === 'leaf')
    .flatMap((row) => {
      const v = statedVariance(t, column.col, row, 'neutral');
      const rel = relation ? t.figures.value(row.row, relation.col) : undefined;
      return v ? [rel !== undefined && Number.isFinite(rel) ? { ...v, relation: rel } : v] : [];
    });
  const spread = all.reduce((s, r) => s + Math.abs(r.variance), 0);
  const areas = largest(all, MOST_AREAS).filter((r) => Math.abs(r.variance) >= STANDS_OUT_SHARE * spread);
  const total = t.table.rows.filter((r) => r.kind === 'total').pop();
  const totalVariance = total ? statedVariance(t, column.col, total, 'neutral') : undefined;
  const heading = totalVariance
    ? `Driftredovisningens budgetavvikelse är ${formatSignedSwedishNumber(totalVariance.variance, totalVariance.decimals, unit)}. Av områdena sticker främst ut:`
    : 'Av områdena i driftredovisningen sticker främst ut:';
  const lines = areas.length > 0 ? areas.map((a) => `– ${areaSentence(a, unit)}`) : ['– Inget område avviker från budget.'];
  return { paragraphs: [[heading, ...lines].join('\n')], areas };
}

function thisYear(columns: TableColumn[], role: TableColumn['role']): TableColumn | undefined {
  const candidates = columns.filter((c) => c.role === role && !c.q.previousYear);
  return candidates.find((c) => c.q.accumulated) ?? candidates[0];
}

/** "Samverkansmodellen +1,8 mnkr, bättre än budget (2,8 % av omsättningen). Avvikelsen beror på [orsak]." */
function areaSentence(a: RowVariance, unit: string | undefined): string {
  const share = a.relation !== undefined ? ` (${formatSwedishNumber(a.relation, 1, '%')} av omsättningen)` : '';
  return `${a.label} ${formatSignedSwedishNumber(a.variance, a.decimals, unit)}, ${verdictWords(a.verdict)}${share}. Avvikelsen beror på ${REASON}.`;
}

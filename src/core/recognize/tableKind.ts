import { hasAny } from '../text/normalize';
import type { TableColumn, TableKind, TableRow } from '../tables/table';

/** Decides what kind of periodrapport table this is, from its title, headers and row labels. */
export function tableKindOf(titleCompact: string, columns: TableColumn[], rows: TableRow[]): TableKind | undefined {
  const roles = new Set(columns.map((c) => c.role));
  const labels = rows.map((r) => r.compact);
  const anyLabel = (words: string[]) => labels.some((l) => hasAny(l, words));
  const headers = columns.map((c) => c.compact).join('|');
  const all = `${titleCompact}|${headers}`;

  if (hasAny(all, ['sjukfrånvaro']) || anyLabel(['korttid', 'långtid', 'sjukfrånvaro'])) return 'sjukfranvaro';
  if (roles.has('women') && roles.has('men')) return 'arsarbetare';
  if (roles.has('growth') || anyLabel(['lönekostnad'])) return 'personalkostnader';
  if (roles.has('plan') || hasAny(titleCompact, ['handlingsplan'])) return 'handlingsplan';
  if (roles.has('frame')) return 'driftbudget';
  if (roles.has('turnover') && (roles.has('budgetVariance') || roles.has('relation'))) return 'driftredovisning';
  if (roles.has('turnover')) return 'driftbudget';
  const incomeStatement = anyLabel(['summaintäkter', 'summakostnader', 'nettokostnad', 'intäkter']) && anyLabel(['kostnad']);
  if (incomeStatement && (roles.has('actual') || roles.has('budgetVariance'))) return 'resultatrapport';
  if (incomeStatement) return 'resultatbudget';
  if (roles.has('change') && roles.has('actual')) return 'kostnadsanalys';
  if (hasAny(titleCompact, ['kostnadsanalys'])) return 'kostnadsanalys';
  if (hasAny(titleCompact, ['driftredovisning'])) return 'driftredovisning';
  if (hasAny(titleCompact, ['årsarbetare'])) return 'arsarbetare';
  if (rows.some((r) => r.kind === 'total' || r.kind === 'subtotal')) return 'generic';
  if (columns.some((c) => c.role !== 'value') && rows.length > 0) return 'generic';
  return undefined;
}

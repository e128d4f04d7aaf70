import { compactLabel, hasAny } from '../text/normalize';
import type { RowKind, Section, TableRow } from '../tables/table';

const REVENUE_WORDS = ['intäkt', 'erhållnabidrag', 'försäljning', 'avgifter', 'statsbidrag', 'skatteintäkt', 'ersättningar'];
const COST_WORDS = ['kostnad', 'lämnadebidrag', 'avskrivning', 'löner', 'lön', 'inköp', 'köptverksamhet', 'lokalhyr'];
const NON_MONEY_WORDS = ['årsarbetare', 'antal', 'årsarbetskraft', 'heltidstjänst', 'personer'];

/** Unit and footnote suffixes that do not change what a row is ("Sjukfrånvaro totalt %", "Resultat (mnkr)"). */
function withoutUnits(compact: string): string {
  return compact.replace(/(%|mnkr|tkr|kr|st|procent)+$/, '');
}

/** How a row label takes part in the table's sums. */
export function rowKindOf(rawCompact: string, hasFigures: boolean): RowKind {
  if (!hasFigures) return 'section';
  const compact = withoutUnits(rawCompact);
  if (/^(summa|totalt|total|resultat|årets?resultat|summatotal|totaltsumma|nettokostnad|nettokostnader)$/.test(compact)) return 'total';
  if (/^(verksamhetens)?nettokostnad(er)?/.test(compact)) return 'total';
  if (/^resultat|resultat$/.test(compact)) return 'total';
  if (/^subtotal|^delsumma/.test(compact)) return 'subtotal';
  // "Intäkter totalt", "Summa kostnader", "Totala kostnader": the total of one section.
  if (/^(summa|totala)/.test(compact) && compact.length > 5) return 'subtotal';
  if (/^(verksamhetens)?(intäkter|kostnader|intäkt|kostnad)totalt$/.test(compact)) return 'subtotal';
  if (/^(totalt|total|summatotalt)/.test(compact) || /totalt$/.test(compact)) return 'total';
  return 'leaf';
}

export function sectionOf(compact: string): Section {
  if (/^(verksamhetens)?nettokostnad|resultat|^finansnetto|^finansiell/.test(compact)) return 'neutral';
  if (hasAny(compact, REVENUE_WORDS)) return 'revenue';
  if (hasAny(compact, COST_WORDS)) return 'cost';
  return 'neutral';
}

export function isNonMoneyLabel(compact: string): boolean {
  return hasAny(compact, NON_MONEY_WORDS);
}

/**
 * Builds the table's rows: kinds from labels, sections from the subtotal that closes them
 * ("Summa intäkter" makes its leaves revenues), non-money rows inside economic tables set aside.
 */
export function buildRows(labels: Array<{ row: number; label: string; hasFigures: boolean }>): TableRow[] {
  const rows: TableRow[] = labels.map(({ row, label, hasFigures }) => {
    const compact = compactLabel(label);
    // Footnote markers ("Resultat *)") are not part of the name a controller reads back.
    return { row, label: label.replace(/\s+/g, ' ').replace(/\s*\*+\)?$/, '').trim(), compact, kind: rowKindOf(compact, hasFigures), section: sectionOf(compact) };
  });
  // Leaves take the section of the subtotal that closes them, unless their own label says
  // otherwise: a lone "Intäkter" row above the cost rows stays a revenue under "Summa kostnader".
  let open: TableRow[] = [];
  for (const r of rows) {
    if (r.kind === 'leaf') open.push(r);
    else if (r.kind === 'subtotal') {
      if (r.section !== 'neutral') for (const leaf of open) if (leaf.section === 'neutral') leaf.section = r.section;
      open = [];
    } else if (r.kind === 'total') open = [];
  }
  // A count row ("Antal årsarbetare") among money rows is not part of their sums.
  const leaves = rows.filter((r) => r.kind === 'leaf');
  const counts = leaves.filter((r) => isNonMoneyLabel(r.compact));
  if (counts.length > 0 && counts.length < leaves.length) for (const r of counts) r.kind = 'nonMoney';
  return rows;
}

/** The preview of an index import in Swedish: what will be stored before anything is. */
import { countWord } from '../text/countWord';
import { factorValueText, sourceWithDate } from './provenance';
import type { IndexChange, StoredIndexValue } from './userStore';

export interface IndexImportPreview {
  /** "3 nya värden, 1 ändrat, 2 oförändrade." */
  summary: string;
  /** One line per value that changes: "LPIK 2025: 2,9 % prognos (nu 3,2 %) – SKR … (2025-10-02)". */
  lines: string[];
  /** True when storing would change nothing. */
  unchanged: boolean;
}

export function indexImportPreview(changes: IndexChange[]): IndexImportPreview {
  const count = (k: IndexChange['change']) => changes.filter((c) => c.change === k).length;
  const parts = [
    count('new') > 0 ? countWord(count('new'), 'nytt värde', 'nya värden') : '',
    count('changed') > 0 ? countWord(count('changed'), 'ändrat', 'ändrade') : '',
    count('removed') > 0 ? `${countWord(count('removed'), 'tas', 'tas')} bort` : '',
    count('same') > 0 ? countWord(count('same'), 'oförändrat', 'oförändrade') : '',
  ].filter(Boolean);
  const lines = changes
    .filter((c) => c.change !== 'same')
    .map((c) => {
      if (c.change === 'removed') return `${valueText(c.value)} – tas bort (serien lagras nu som ${c.value.kind === 'percent' ? 'indexnivå' : 'förändring i %'})`;
      const was = c.previous ? ` (nu ${factorValueText(c.previous)}${c.previous.status ? ` ${c.previous.status}` : ''})` : ' (nytt)';
      return `${valueText(c.value)}${was} – ${sourceWithDate(c.value.source, c.value.date)}`;
    });
  return { summary: `${parts.join(', ')}.`, lines, unchanged: count('new') + count('changed') + count('removed') === 0 };
}

function valueText(v: StoredIndexValue): string {
  return `${v.series} ${v.year}: ${factorValueText(v)}${v.status ? ` ${v.status}` : ''}`;
}

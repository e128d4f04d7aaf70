/**
 * Which lines of an index table to take, and under which series name. SKR's tables carry several
 * variants of a series ("LPIK exkl. läkemedel", "LPIK inkl. läkemedel") and component rows
 * ("Arbetskraftskostnader"): variants are never merged, a user import takes the known series
 * unless told otherwise, and the user's choice of a variant is stored under the series' name.
 */
import { swedishList } from '../../text/swedishList';
import type { IndexLine } from './indexLines';
import { isGenericHeader, knownSeriesIn, labelAsName } from './seriesLabel';

export interface NamedLine {
  line: IndexLine;
  name: string;
}

export type LineChoice = { ok: true; lines: NamedLine[]; notes: string[] } | { ok: false; message: string };

const upper = (s: string) => s.trim().toUpperCase();

function labelName(line: IndexLine): string {
  return labelAsName(line.series ?? line.label);
}

/** The name a line goes by: its known series, or the title's/user's series for a generic header, or its label. */
function nameOf(line: IndexLine, fallback: string | undefined): string | undefined {
  const label = line.series ?? line.label;
  if (!line.series && isGenericHeader(label)) return fallback;
  return knownSeriesIn(label) ?? labelName(line);
}

export function chooseLines(lines: IndexLine[], options: { series?: string; fallback?: string; takeKnownOnly: boolean; place: string }): LineChoice {
  const named: Array<{ line: IndexLine; name?: string }> = lines.map((line) => ({ line, name: nameOf(line, options.fallback) }));
  const unnamed = named.find((n) => n.name === undefined);
  if (unnamed) {
    return { ok: false, message: `Tabellen i ${options.place} säger inte vilken indexserie värdena under "${unnamed.line.label || 'värde'}" gäller. Ange serien (t.ex. LPIK) när du läser in den.` };
  }
  let all = named as NamedLine[];
  // Variants of one series with their own labels and no utfall/prognos split: keep them apart.
  for (const name of new Set(all.map((n) => n.name))) {
    const group = all.filter((n) => n.name === name);
    const labels = new Set(group.map((n) => labelName(n.line)));
    if (group.length > 1 && labels.size > 1 && group.filter((n) => !n.line.status).length > 1) {
      all = all.map((n) => (n.name === name ? { ...n, name: labelName(n.line) } : n));
    }
  }
  if (options.series) {
    const wanted = upper(options.series);
    const picked = all.filter((n) => upper(n.name) === wanted || upper(labelName(n.line)) === wanted);
    // "LPIK exkl. läkemedel" chosen: stored as LPIK, which is what the styrtal rows ask for.
    if (picked.length > 0) return { ok: true, lines: picked.map((n) => ({ ...n, name: knownSeriesIn(n.name) ?? n.name })), notes: [] };
    const variants = all.filter((n) => knownSeriesIn(n.name) === wanted || upper(knownSeriesIn(n.name) ?? '') === wanted);
    if (variants.length > 1) {
      return { ok: false, message: `Tabellen i ${options.place} har flera rader för ${options.series}: ${swedishList(variants.map((v) => `"${v.name}"`))}. Ange den du vill läsa in, t.ex. "${variants[variants.length - 1].name}".` };
    }
    return { ok: false, message: `Tabellen i ${options.place} har ingen serie ${options.series}. Serier i tabellen: ${swedishList([...new Set(all.map((n) => n.name))])}.` };
  }
  if (options.takeKnownOnly) {
    const known = all.filter((n) => knownSeriesIn(n.name) === n.name);
    const others = [...new Set(all.filter((n) => !known.includes(n)).map((n) => n.name))];
    if (known.length > 0 && others.length > 0) {
      return { ok: true, lines: known, notes: [`${swedishList(others)} lästes inte in (inte LPIK, PKV, KPI eller KPIF); ange namnet som serie för att läsa in ${others.length === 1 ? 'den' : 'en av dem'}.`] };
    }
  }
  return { ok: true, lines: all, notes: [] };
}

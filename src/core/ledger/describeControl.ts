/**
 * The control run in Swedish lines a controller reads at a glance: what was read, the stickprov
 * and its parameters, and per check its count and sum or why it was skipped. Shared by the
 * command line and the pane. Every line is a whole sentence ending in a full stop, so lines
 * joined into running text (the pane) read as separate sentences.
 */
import { countWord } from '../text/countWord';
import { formatSwedishNumber } from '../numbers/swedishNumber';
import type { ControlSummary } from './controlLedger';
import { kr } from './kronor';
import type { Sample } from './stickprov';

export function describeSummary(s: ControlSummary): string[] {
  const years = s.years.length === 0 ? '' : s.years.length === 1 ? ` (${s.years[0]})` : ` (${s.years[0]}–${s.years[s.years.length - 1]})`;
  const unreadable = s.unreadable > 0 ? `, ${countWord(s.unreadable, 'rad', 'rader')} kunde inte läsas` : '';
  const lines = [`Blad ${s.sheet}: ${countWord(s.rows, 'rad', 'rader')}${years}${unreadable}.`, 'Kontroller:'];
  for (const c of s.checks) {
    if (!c.performed) lines.push(`  ${c.title}: hoppades över. ${c.skipped}`);
    else if (c.sum !== 0) lines.push(`  ${c.title}: ${c.count} (${kr(c.sum)})${c.note ? `. ${c.note}` : ''}`);
    else lines.push(`  ${c.title}: ${c.count}${c.note ? `. ${c.note}` : ''}`);
  }
  return lines;
}

/**
 * The stickprov as sentences, without layout: the command line indents all but the first,
 * the pane runs them together as one paragraph, a space between sentences.
 */
export function describeSample(sample: Sample): string[] {
  const r = sample.request;
  const how = [r.stratify ? 'stratifierat per konto' : '', r.weighted ? 'beloppsviktat (MUS)' : ''].filter(Boolean).join(', ');
  const count = (n: number) => formatSwedishNumber(n, 0);
  const lines = [
    `Stickprov: seed ${sample.seed}, ${r.accounts ? `konton ${r.accounts.text}` : 'alla konton'}${how ? `, ${how}` : ''}.`,
    `${count(sample.rows.length)} av ${countWord(sample.population, 'rad', 'rader')} (populationens summa ${kr(sample.sum)}).`,
  ];
  if (sample.strata) lines.push(`Per konto: ${sample.strata.map((s) => `${s.account} ${count(s.sample)} av ${count(s.population)}`).join(', ')}.`);
  lines.push(`Rader i huvudboken: ${sample.rows.join(', ') || 'inga'}.`);
  return lines;
}

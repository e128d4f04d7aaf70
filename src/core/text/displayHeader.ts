/** Words that PDF copies break inside ("Budgetavvikels\ne", "Öknings\ntakt", "Kvinno\nr"). */
const BROKEN_WORDS = [
  'avvikelse', 'budgetavvikelse', 'prognosavvikelse', 'ökningstakt', 'kvinnor', 'omsättning', 'förändring',
  'årsarbetare', 'budgetram', 'utfall', 'prognos', 'relation', 'handlingsplan', 'tillsvidare', 'visstid',
];

/**
 * A header as a controller reads it, on one line: "Budget-\navvikelse ack" → "Budgetavvikelse ack",
 * "Budgetavvikels\ne ack" → "Budgetavvikelse ack", "Utfall ack\nfg år" → "Utfall ack fg år".
 */
export function displayHeader(text: string): string {
  const lines = text.split(/\s*\n\s*/).filter((l) => l !== '');
  let out = lines[0] ?? '';
  for (const next of lines.slice(1)) {
    const last = out.split(' ').pop() ?? '';
    const first = next.split(' ')[0];
    if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(next)) {
      out = out.slice(0, -1) + next;
    } else if (joinsBrokenWord(last, first)) {
      out += next;
    } else out += ` ${next}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function joinsBrokenWord(last: string, first: string): boolean {
  if (!/^\p{Ll}/u.test(first)) return false;
  const joined = (last + first).toLowerCase();
  return BROKEN_WORDS.some((w) => joined.includes(w) && !last.toLowerCase().includes(w) && !first.toLowerCase().includes(w));
}

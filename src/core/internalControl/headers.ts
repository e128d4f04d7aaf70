import { normalizeLabel } from '../text/normalize';

export type ColumnRole =
  | 'verksamhet'
  | 'risk'
  | 'action'
  | 'comment'
  | 'status'
  | 'sannolikhet'
  | 'konsekvens'
  | 'riskValue'
  | 'responsible'
  | 'deadline';

/** The header starts with one of the words or phrases (å, ä, ö count as letters). */
const starts = (alternatives: string) => new RegExp(`^(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');

const RISK_WORDS = 'risk|risker|riskbeskrivning|identifierad risk|identifierade risker';

/**
 * Header words of an IK-plan, most specific first ("Riskvärde" before "Risk"). Whole words only:
 * a comment like "Åtgärden pågår." must not read as the header "Åtgärd".
 */
const ROLES: Array<[ColumnRole, RegExp]> = [
  ['riskValue', starts('riskvärde|riskvärdet|risknivå|riskpoäng|riskgrad|rv|s ?[x×*] ?k')],
  ['sannolikhet', starts('sannolikhet|s')],
  ['konsekvens', starts('konsekvens|k')],
  ['deadline', starts('klart senast|klar senast|klart datum|klartdatum|senast klart|slutdatum|deadline|tidplan|genomförs senast|färdigt senast')],
  ['responsible', starts('ansvarig|ansvariga|ansvar')],
  ['status', starts('status|åtgärdsstatus')],
  ['comment', starts('kommentar|kommentarer|uppföljning|iakttagelse|iakttagelser')],
  ['action', starts('åtgärd|åtgärder|kontrollmoment|kontrollåtgärd|kontrollåtgärder|planerad åtgärd|planerade åtgärder|aktivitet|aktiviteter')],
  ['risk', starts(RISK_WORDS)],
  ['verksamhet', starts('verksamhet|verksamhetsområde|process|processområde|område')],
];

/** Longer texts are body cells, never headers. */
const MAX_HEADER_LENGTH = 60;

/** The role a header cell names, if any ("Klart\nsenast" → deadline, "Status T2" → status). */
export function columnRole(text: string): ColumnRole | undefined {
  const t = normalizeLabel(text);
  if (t === '' || t.length > MAX_HEADER_LENGTH) return undefined;
  return ROLES.find(([, re]) => re.test(t))?.[0];
}

const RISK_START = new RegExp(`^\\s*(?:${RISK_WORDS})(?![\\p{L}\\p{N}])`, 'iu');

/** A quick test on raw cell text, before normalising: could this cell be the header "Risk"? */
export function mayNameRisk(text: string): boolean {
  return RISK_START.test(text);
}

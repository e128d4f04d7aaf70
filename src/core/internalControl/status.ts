import { normalizeLabel } from '../text/normalize';
import { sentences, wordCount } from './sentences';
import type { ActionStatus } from './types';

/** A whole word or phrase: JavaScript's \b does not know å, ä and ö. */
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');

const NEGATION = '(?:ej|inte|icke|ännu ej|ännu inte)(?: \\p{L}+)? ';
/** "Uppdraget har inte startat", "Ej påbörjad", "inte genomförd": nothing done yet. */
const NOT_STARTED = word(`${NEGATION}(?:påbörja\\p{L}*|starta\\p{L}*|inled\\p{L}*|inlett|börja\\p{L}*|genomför\\p{L}*|utför\\p{L}*)`);
/** "Ej klar", "inte avslutad": started but not finished. */
const NOT_FINISHED = word(`${NEGATION}(?:klar|klart|avslutad|avslutat|avslutats|slutförd|slutfört|färdig|färdigt)`);
const ACCEPTED = word('accepter\\p{L}*');
const ONGOING = word(
  'pågår|pågående|påbörjad|påbörjat|påbörjats|startad|startat|under arbete|under genomförande|fortgår|' +
    'delvis genomförd|delvis genomfört|delvis klar|delvis klart|delvis avslutad',
);
const DONE = word(
  'avslutad|avslutat|avslutade|avslutats|klar|klart|genomförd|genomfört|genomförda|genomförts|' +
    'slutförd|slutfört|slutförts|färdig|färdigt|utförd|utfört|utförts|åtgärdad|åtgärdat',
);

/** Whose state a follow-up sentence usually reports ("Åtgärden är avslutad"). */
const STATUS_SUBJECT = /^(åtgärden|åtgärderna|uppdraget|arbetet|aktiviteten|kontrollen|granskningen|status|risken)(?![\p{L}])/u;

/** A status sentence longer than this is narrative, not a status line. */
const MAX_STATUS_WORDS = 6;

/** The status a short text states ("Pågår", "Åtgärden är avslutad", "Ej påbörjad"), if any. */
export function statusOfSentence(text: string): ActionStatus | undefined {
  const t = normalizeLabel(text);
  // Negations first: "inte avslutad" contains "avslutad".
  if (NOT_STARTED.test(t)) return 'not-started';
  if (NOT_FINISHED.test(t)) return 'ongoing';
  if (ACCEPTED.test(t)) return 'accepted';
  if (ONGOING.test(t)) return 'ongoing';
  if (DONE.test(t)) return 'done';
  return undefined;
}

/**
 * The status a text states. Follow-up comments grow by appending, so the last status sentence
 * wins; sentences about the åtgärd itself ("Åtgärden pågår.") win over narrative ones.
 */
export function statusOf(text: string): ActionStatus | undefined {
  const stated = sentences(text)
    .map((s) => ({ s, status: statusOfSentence(s) }))
    .filter((x): x is { s: string; status: ActionStatus } => x.status !== undefined);
  const about = stated.filter((x) => STATUS_SUBJECT.test(normalizeLabel(x.s)));
  return (about.length > 0 ? about : stated).pop()?.status;
}

/** A sentence that only reports a status ("Åtgärden pågår."), not what was found or done. */
export function isStatusLine(sentence: string): boolean {
  return statusOfSentence(sentence) !== undefined && wordCount(sentence) <= MAX_STATUS_WORDS;
}

/** True when a comment says more than its status. */
export function hasSubstance(comment: string): boolean {
  return sentences(comment).some((s) => !isStatusLine(s));
}

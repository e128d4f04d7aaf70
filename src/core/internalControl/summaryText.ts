import type { InternalControlSummary, RiskBand, StatusKey } from './types';
import { countWord } from '../text/countWord';

const BAND_COUNT: Array<[RiskBand | 'unassessed', string, string]> = [
  ['red', 'röd', 'röda'],
  ['yellow', 'gul', 'gula'],
  ['green', 'grön', 'gröna'],
  ['unassessed', 'utan riskbedömning', 'utan riskbedömning'],
];

const STATUS_COUNT: Array<[StatusKey, string, string]> = [
  ['done', 'avslutad', 'avslutade'],
  ['ongoing', 'pågår', 'pågår'],
  ['not-started', 'ej påbörjad', 'ej påbörjade'],
  ['accepted', 'accepterad', 'accepterade'],
  ['unknown', 'med okänd status', 'med okänd status'],
  ['missing', 'utan status', 'utan status'],
];


/** "9 risker (2 röda, 7 utan riskbedömning)"; counts that are 0 are left out. */
export function risksText(s: InternalControlSummary): string {
  const parts = BAND_COUNT.filter(([k]) => s.risks.byBand[k] > 0).map(([k, one, many]) => countWord(s.risks.byBand[k], one, many));
  return `${countWord(s.risks.total, 'risk', 'risker')}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** "13 åtgärder (2 avslutade, 8 pågår, 3 utan status)". */
export function actionsText(s: InternalControlSummary): string {
  const parts = STATUS_COUNT.filter(([k]) => s.actions.byStatus[k] > 0).map(([k, one, many]) => countWord(s.actions.byStatus[k], one, many));
  return `${countWord(s.actions.total, 'åtgärd', 'åtgärder')}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** One line for the command line and the pane: "Internkontroll: 9 risker (…), 13 åtgärder (…)." */
export function internalControlText(s: InternalControlSummary): string {
  return `Internkontroll: ${risksText(s)}, ${actionsText(s)}.`;
}

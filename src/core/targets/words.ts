import type { TargetDirection, TargetStatus } from './types';

/** Swedish words for statuses and directions, shared by notes, the CLI and (later) the pane. */
export const STATUS_WORD: Record<TargetStatus, string> = {
  met: 'Uppnått',
  'not-met': 'Ej uppnått',
  'not-assessable': 'Kan inte bedömas',
};

export const DIRECTION_WORD: Record<TargetDirection, string> = {
  'higher-is-better': 'högre är bättre',
  'lower-is-better': 'lägre är bättre',
  parity: 'minst i paritet med referensvärdet',
  interval: 'inom intervallet',
  none: 'kvalitativt, bedöms inte',
};

export { draftCommentary, NO_TABLES_MESSAGE } from './draftCommentary';
export type { CommentaryDraft, CommentaryOutcome, ResultAgainstBudget, RowVariance } from './types';

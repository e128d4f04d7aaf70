/** The place the controller fills in: the draft states figures, never a cause it cannot know. */
export const REASON = '[orsak]';

import { makeStyles } from '@fluentui/react-components';

/**
 * Off screen, still read by screen readers and part of the accessible name of what contains it:
 * for words a sighted user gets from the layout (the list a finding is in, a live status).
 */
export const useVisuallyHidden = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

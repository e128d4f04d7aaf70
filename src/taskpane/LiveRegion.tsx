import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Visually hidden, still read by screen readers.
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

/**
 * Polite status line for screen readers: "Klar: 2 fel, 1 varning". `count` changes with every
 * announcement, so the same sentence twice in a row is still a change the reader speaks.
 */
export function LiveRegion({ text, count }: { text: string; count: number }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden}>
      <span key={count}>{text}</span>
    </div>
  );
}

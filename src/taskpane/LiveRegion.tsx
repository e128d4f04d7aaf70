import { useVisuallyHidden } from './visuallyHidden';

/**
 * Polite status line for screen readers: "Klar: 2 fel, 1 varning". `count` changes with every
 * announcement, so the same sentence twice in a row is still a change the reader speaks.
 */
export function LiveRegion({ text, count }: { text: string; count: number }) {
  const { hidden } = useVisuallyHidden();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={hidden}>
      <span key={count}>{text}</span>
    </div>
  );
}

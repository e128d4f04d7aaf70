import { useMemo, useState } from 'react';
import type { PaneMessage } from './errorMessage';
import type { PaneFeedback } from './feedback';

/** The message bar of one tab; sentences for screen readers go to the pane's one live region. */
export function usePaneFeedback(announce: (text: string) => void) {
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const feedback = useMemo<PaneFeedback>(
    () => ({
      announce,
      show: (m: PaneMessage | null) => {
        setMessage(m);
        if (m) announce([m.title, m.text].filter(Boolean).join(' '));
      },
    }),
    [announce],
  );
  return { message, dismiss: () => setMessage(null), feedback };
}

/** The pane's live region state: one region, so assistive technology hears each sentence once. */
export function useAnnouncer() {
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const announce = useMemo(() => (text: string) => setAnnouncement((a) => ({ text, count: a.count + 1 })), []);
  return { announcement, announce };
}

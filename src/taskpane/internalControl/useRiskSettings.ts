import { useCallback, useEffect, useState } from 'react';
import type { WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';
import { draftOf, parseDraft, settingsFromStore, STORE_KEY, storeText, type RiskSettingsDraft } from './riskSettings';

/** The risk matrix's settings: read from the workbook on mount, saved there only when the user asks. */
export function useRiskSettings(host: WorkbookHost, exclusive: (task: () => Promise<void>) => Promise<void>, feedback: PaneFeedback) {
  const [draft, setDraft] = useState<RiskSettingsDraft>(() => draftOf(settingsFromStore(undefined)));

  useEffect(() => {
    let live = true;
    host
      .readStore(STORE_KEY)
      .then((json) => live && json !== undefined && setDraft(draftOf(settingsFromStore(json))))
      // A host without a workbook yet has nothing stored: the defaults stay.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host]);

  const parsed = parseDraft(draft);

  const save = useCallback(
    () =>
      exclusive(async () => {
        if (!parsed.ok) {
          feedback.show({ intent: 'warning', text: parsed.message });
          return;
        }
        try {
          await host.writeStore(STORE_KEY, storeText(parsed.settings));
          feedback.show({ intent: 'success', text: 'Riskmatrisens inställningar är sparade i arbetsboken.' });
        } catch (error) {
          feedback.show(messageForError(error, 'spara riskmatrisens inställningar'));
        }
      }),
    [host, exclusive, feedback, parsed],
  );

  return { draft, setDraft, parsed, save };
}

import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { readWorkbookIndexSheets, type WorkbookIndex } from '../../core/indexation';
import { ValidateWorkbookContext, type ValidateWorkbook } from '../useValidation';
import { useIndexStore } from './IndexStoreProvider';

/** The Index sheets of the workbook last validated, or null before any validation. */
const ValidatedIndexContext = createContext<WorkbookIndex | null>(null);

export function useValidatedWorkbookIndex(): WorkbookIndex | null {
  return useContext(ValidatedIndexContext);
}

export interface UserIndexEngineProps {
  validate: ValidateWorkbook;
  children: ReactNode;
}

/**
 * Every validation the pane runs (Kontroll, Beräkna, in the UI thread or the page's worker) gets
 * the user's index values as its user layer, so all tabs compute målvärden alike. It also keeps
 * the workbook's Index layer of that run, for the index section to show what was used.
 */
export function UserIndexEngine({ validate, children }: UserIndexEngineProps) {
  const { userIndex } = useIndexStore();
  const [validated, setValidated] = useState<WorkbookIndex | null>(null);
  const run = useCallback<ValidateWorkbook>(
    async (workbook, settings) => {
      const report = await validate(workbook, { ...settings, userIndex: settings?.userIndex ?? userIndex });
      setValidated(readWorkbookIndexSheets(workbook));
      return report;
    },
    [validate, userIndex],
  );
  return (
    <ValidateWorkbookContext.Provider value={run}>
      <ValidatedIndexContext.Provider value={validated}>{children}</ValidatedIndexContext.Provider>
    </ValidateWorkbookContext.Provider>
  );
}

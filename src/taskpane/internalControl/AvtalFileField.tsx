import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { FileButton } from '../FileButton';
import type { LedgerForm } from './ledgerForm';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

export interface AvtalFileFieldProps {
  file: LedgerForm['avtalFile'];
  busy: boolean;
  onChange(file: LedgerForm['avtalFile']): void;
}

/**
 * The avtal list as a file of its own (.xlsx or .csv, one leverantör per row): a ledger from a
 * CSV or SIE export has no sheet to hold it. Read in the browser, like the ledger.
 */
export function AvtalFileField({ file, busy, onChange }: AvtalFileFieldProps) {
  const styles = useStyles();
  const choose = async (chosen: File) => {
    try {
      // Fetched on first use: the file reader brings ExcelJS, which the pane in Excel otherwise never loads.
      const { readAvtalFile } = await import('../../host/file/avtalFile');
      onChange({ name: chosen.name, list: await readAvtalFile(new Uint8Array(await chosen.arrayBuffer()), chosen.name) });
    } catch {
      // A read the browser refused (file moved, no permission): said next to the button, like any bad list.
      onChange({ name: chosen.name, list: { ok: false, reason: `${chosen.name}: filen kunde inte läsas.` } });
    }
  };
  return (
    <div className={styles.row}>
      <FileButton disabled={busy} accept=".xlsx,.xlsm,.csv,.txt" fieldLabel="Fil med avtalsleverantörer (.xlsx eller .csv)" onFile={(f) => void choose(f)}>
        Välj fil med avtalsleverantörer …
      </FileButton>
      {file && (
        <>
          <Caption1 className={file.list.ok ? undefined : styles.bad}>
            {file.list.ok ? `${file.name}: ${file.list.list.count} leverantörer` : file.list.reason}
          </Caption1>
          <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => onChange(undefined)}>
            Ta bort filen
          </Button>
        </>
      )}
    </div>
  );
}

import { ConfirmDialog } from './ConfirmDialog';

export interface ReplaceSheetDialogProps {
  /** The sheet that exists already; no dialog when null. */
  sheetName: string | null;
  /** Default "Ersätta bladet X?". */
  title?: string;
  onReplace(): void;
  onCancel(): void;
}

/** Asks before an existing sheet of the same name is overwritten; closing it any other way cancels. */
export function ReplaceSheetDialog({ sheetName, title, onReplace, onCancel }: ReplaceSheetDialogProps) {
  return (
    <ConfirmDialog
      open={sheetName !== null}
      title={title ?? `Ersätta bladet ${sheetName ?? ''}?`}
      text={`Bladet ${sheetName ?? ''} finns redan. Ersätta det? Det gamla bladets innehåll skrivs över.`}
      confirmLabel="Ersätt"
      onConfirm={onReplace}
      onCancel={onCancel}
    />
  );
}

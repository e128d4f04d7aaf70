import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

export interface ReplaceSheetDialogProps {
  /** The sheet that exists already; no dialog when undefined. */
  sheetName: string | undefined;
  onReplace(): void;
  onCancel(): void;
}

/** Asks before an existing sheet of the same name is overwritten; closing it any other way cancels. */
export function ReplaceSheetDialog({ sheetName, onReplace, onCancel }: ReplaceSheetDialogProps) {
  return (
    <Dialog open={sheetName !== undefined} modalType="alert" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{`Ersätta bladet ${sheetName ?? ''}?`}</DialogTitle>
          <DialogContent>Bladet {sheetName} finns redan. Ersätta det? Det gamla bladets innehåll skrivs över.</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              Ersätt
            </Button>
            <Button onClick={onCancel}>Avbryt</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

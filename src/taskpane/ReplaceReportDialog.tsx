import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { REPORT_SHEET_NAME } from '../core/report/controlReport';

export interface ReplaceReportDialogProps {
  open: boolean;
  onReplace(): void;
  onCancel(): void;
}

/** Asks before the existing report sheet is overwritten; closing it any other way cancels. */
export function ReplaceReportDialog({ open, onReplace, onCancel }: ReplaceReportDialogProps) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Ersätta kontrollrapporten?</DialogTitle>
          <DialogContent>
            Bladet {REPORT_SHEET_NAME} finns redan. Ersätta det? Det gamla bladets innehåll skrivs över.
          </DialogContent>
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

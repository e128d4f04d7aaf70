/** "Skriv avvikelsekommentar": the draft in an editable box, and where to write it. */
import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { WorkbookHost } from '../../host/port';
import { ConfirmDialog } from '../ConfirmDialog';
import type { PaneFeedback } from '../feedback';
import { useCommentary } from './useCommentary';
import { PaneSection } from '../PaneSection';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

export interface CommentarySectionProps {
  host: WorkbookHost;
  busy: boolean;
  exclusive: (task: () => Promise<void>) => Promise<void>;
  feedback: PaneFeedback;
  onWritten(): Promise<void>;
}

export function CommentarySection({ host, busy, exclusive, feedback, onWritten }: CommentarySectionProps) {
  const styles = useStyles();
  const c = useCommentary(host, exclusive, feedback, onWritten);
  return (
    <PaneSection headingId="pk-comment-heading" title="Avvikelsekommentar" intro="Ett utkast till texten under resultatrapporten och driftredovisningen: resultatet mot budget och prognos, raderna som förklarar mest och områdena som sticker ut. Orsakerna skriver du själv där det står [orsak].">
      <div className={styles.buttons}>
        <Button size="small" disabledFocusable={busy} onClick={() => void c.draft()}>
          Skriv avvikelsekommentar
        </Button>
      </div>
      {c.text !== null && (
        <>
          <Field label="Utkast (redigerbart)">
            <Textarea value={c.text} resize="vertical" rows={12} onChange={(_, d) => c.setText(d.value)} />
          </Field>
          <div className={styles.buttons}>
            <Field label="Cell" size="small" hint="T.ex. B16 eller Resultatrapport!B16">
              <Input size="small" value={c.cell} onChange={(_, d) => c.setCell(d.value)} />
            </Field>
            <Button size="small" appearance="primary" disabledFocusable={busy} onClick={() => void c.write()}>
              Skriv i cell
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog open={c.question !== null} title="Ersätta cellens innehåll?" text={c.question ?? ''} confirmLabel="Skriv kommentaren" onConfirm={c.confirm} onCancel={c.cancel} />
    </PaneSection>
  );
}

import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FileButton } from '../FileButton';
import { useIndexImport } from './useIndexImport';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  row: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  heading: { margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * "Läs in indextabell": a table as SKR or SCB publish it (.xlsx, CSV), read in the browser, shown
 * value by value with what it changes, and stored only on "Spara indexvärdena".
 */
export function IndexImport({ announce }: { announce(text: string): void }) {
  const styles = useStyles();
  const imp = useIndexImport();
  const [done, setDone] = useState<{ ok: boolean; text: string } | null>(null);
  const { pending, preview } = imp;

  const choose = async (file: File) => {
    setDone(null);
    await imp.choose(file);
  };

  const save = () => {
    try {
      const summary = imp.save();
      const text = `Indexvärdena sparades: ${summary}`;
      setDone({ ok: true, text });
      announce(text);
    } catch (e) {
      setDone({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };

  const cancel = () => {
    imp.cancel();
    setDone(null);
    announce('Inläsningen avbröts; inga indexvärden sparades.');
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <FileButton disabled={imp.reading} accept=".xlsx,.csv,.txt" fieldLabel="Fil med indextabell (.xlsx, .csv eller .txt)" onFile={(f) => void choose(f)}>
          Läs in indextabell …
        </FileButton>
        {imp.reading && <Spinner size="tiny" label="Läser filen …" />}
      </div>
      {done && (
        <MessageBar intent={done.ok ? 'success' : 'error'} layout="multiline">
          <MessageBarBody>{done.text}</MessageBarBody>
        </MessageBar>
      )}
      {pending && (
        <section className={styles.preview} aria-labelledby="pk-index-import-heading">
          <Subtitle2 as="h3" id="pk-index-import-heading" className={styles.heading}>
            {`Indextabell i ${pending.name}`}
          </Subtitle2>
          {pending.reading.ok ? (
            <>
              {pending.reading.title && (
                <Caption1 className={styles.muted}>{`${pending.reading.title}${pending.reading.date ? ` (publicerad ${pending.reading.date})` : ''}`}</Caption1>
              )}
              <Body1>{preview?.summary}</Body1>
              {preview && preview.lines.length > 0 && (
                <ul className={styles.list} aria-label="Värden som sparas">
                  {preview.lines.map((line) => (
                    <li key={line}>
                      <Caption1>{line}</Caption1>
                    </li>
                  ))}
                </ul>
              )}
              {pending.reading.notes.length > 0 && (
                <ul className={styles.list} aria-label="Antaganden vid inläsningen">
                  {pending.reading.notes.map((note) => (
                    <li key={note}>
                      <Caption1 className={styles.muted}>{note}</Caption1>
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{pending.reading.message}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            <Field label="Serie" size="small" hint="Om tabellen inte säger vilken serie den gäller, eller har flera: t.ex. LPIK.">
              <Input size="small" value={imp.series} onChange={(_, d) => imp.setSeries(d.value)} />
            </Field>
            <Button size="small" disabledFocusable={imp.reading || imp.series.trim() === ''} onClick={() => void imp.reread()}>
              Läs om med serien
            </Button>
          </div>
          {pending.reading.ok && (
            <Field label="Källa" size="small" hint="Tomt: tabellens rubrik och filnamn.">
              <Input size="small" value={imp.source} onChange={(_, d) => imp.setSource(d.value)} />
            </Field>
          )}
          <div className={styles.row}>
            <Button size="small" appearance="primary" disabledFocusable={imp.reading || !preview || preview.unchanged} onClick={save}>
              Spara indexvärdena
            </Button>
            <Button size="small" onClick={cancel}>
              Avbryt
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}

import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { factorValueText, sourceWithDate, type StoredIndexValue } from '../../core/indexation';
import { countWord } from '../../core/text/countWord';
import { ConfirmDialog } from '../ConfirmDialog';
import { useIndexStore } from '../indexStore/IndexStoreProvider';
import { IndexLayer } from './IndexLayer';
import { layerHeading } from './layerName';

const useStyles = makeStyles({
  series: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  text: { overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Removal = { series: string; year?: number; text: string };

/** "2025: 2,9 % prognos – SKR cirkulär 25:41 (2025-10-02), sparat 2025-08-12". */
function valueLine(v: StoredIndexValue): string {
  const stored = v.stored ? `, sparat ${v.stored}` : '';
  return `${v.year}: ${factorValueText(v)}${v.status ? ` ${v.status}` : ''} – ${sourceWithDate(v.source, v.date)}${stored}`;
}

/** The user's stored index values, series by series, each value or series removable after a question. */
export function UserIndexLayer({ announce }: { announce(text: string): void }) {
  const styles = useStyles();
  const { store, problem, remove } = useIndexStore();
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const bySeries = new Map<string, StoredIndexValue[]>();
  for (const v of [...store.values].sort((a, b) => a.series.localeCompare(b.series, 'sv') || a.year - b.year)) {
    bySeries.set(v.series, [...(bySeries.get(v.series) ?? []), v]);
  }

  const confirm = () => {
    if (!removal) return;
    setRemoval(null);
    try {
      remove(removal.series, removal.year);
      setError(null);
      announce(`${removal.year === undefined ? removal.series : `${removal.series} ${removal.year}`} togs bort ur dina indexvärden.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <IndexLayer
      id="pk-index-user"
      name={layerHeading('user')}
      about="Sparade i den här webbläsaren, bara på den här datorn. De gäller före standardvärdena; ett blad Index i arbetsboken gäller före dem."
    >
      {problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{`${problem} De sparade värdena används inte; sparar du nya ersätter de dem.`}</MessageBarBody>
        </MessageBar>
      )}
      {error && <Caption1 className={styles.error}>{error}</Caption1>}
      {bySeries.size === 0 ? (
        <Caption1>Inga sparade värden. Läs in en indextabell, eller ange värdet vid ett styrtal som saknar index.</Caption1>
      ) : (
        [...bySeries].map(([series, values]) => (
          <div key={series} className={styles.series}>
            <div className={styles.line}>
              <Caption1>
                <strong>{series}</strong> ({values[0].kind === 'percent' ? 'förändring i %' : `indextal${values[0].base ? `, ${values[0].base}` : ''}`})
              </Caption1>
              <Button
                size="small"
                appearance="subtle"
                aria-label={`Ta bort serien ${series} ur dina indexvärden`}
                onClick={() => setRemoval({ series, text: `${countWord(values.length, 'värde', 'värden')} för ${series} tas bort från den här datorn.` })}
              >
                Ta bort serien
              </Button>
            </div>
            <ul className={styles.list} aria-label={`Dina värden för ${series}`}>
              {values.map((v) => (
                <li key={v.year} className={styles.line}>
                  <Caption1 className={styles.text}>{valueLine(v)}</Caption1>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={`Ta bort ${series} ${v.year} ur dina indexvärden`}
                    onClick={() => setRemoval({ series, year: v.year, text: `${series} ${valueLine(v)} tas bort från den här datorn.` })}
                  >
                    Ta bort
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <ConfirmDialog
        open={removal !== null}
        title={removal ? `Ta bort ${removal.year === undefined ? `serien ${removal.series}` : `${removal.series} ${removal.year}`}?` : ''}
        text={removal ? `${removal.text} Målvärden som bygger på ${removal.year === undefined ? 'serien' : 'värdet'} räknas om.` : ''}
        confirmLabel="Ta bort"
        onConfirm={confirm}
        onCancel={() => setRemoval(null)}
      />
    </IndexLayer>
  );
}

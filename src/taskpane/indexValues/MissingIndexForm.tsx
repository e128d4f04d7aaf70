import { Body1Strong, Button, Caption1, Field, Input, makeStyles, Radio, RadioGroup, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { planIndexImport, type IndexStatus, type StoredIndexValue } from '../../core/indexation';
import { swedishList } from '../../core/text/swedishList';
import type { MissingIndex } from '../../core/targets/types';
import { useIndexStore } from '../indexStore/IndexStoreProvider';
import { readNumberInput } from '../scenario/numberInput';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  row: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** "LPIK 2025 saknas — ange förändring i % och källa" (for a level series: "ange indextal och källa"). */
export function missingIndexQuestion(missing: MissingIndex): string {
  const what = missing.kind === 'percent' ? 'förändring i %' : 'indextal';
  return `${missing.series} ${swedishList(missing.years.map(String))} saknas — ange ${what} och källa`;
}

/**
 * The index values a målvärde lacks, asked for where the målvärde is: one figure per missing year,
 * the source (required: every factor of a chain must say where it comes from) and utfall or prognos.
 * "Spara och räkna om" stores them among the user's index values; the targets then recompute.
 */
export function MissingIndexForm({ missing, busy }: { missing: MissingIndex; busy: boolean }) {
  const styles = useStyles();
  const id = useId('pk-missing-index');
  const { store, apply } = useIndexStore();
  const unit = missing.kind === 'percent' ? '%' : 'indextal';
  const [figures, setFigures] = useState<Record<number, string>>({});
  const [source, setSource] = useState('');
  // A year the tables lack is most often the report year, which SKR still gives as a forecast.
  const [status, setStatus] = useState<IndexStatus>('prognos');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reads = missing.years.map((year) => ({ year, read: readNumberInput(figures[year] ?? '', unit) }));
  const sourceMissing = source.trim() === '';

  const save = () => {
    setTried(true);
    const given = reads.flatMap(({ year, read }) => (read.ok && read.value !== undefined ? [{ year, value: read.value }] : []));
    if (sourceMissing || given.length < reads.length) return;
    const values: StoredIndexValue[] = given.map(({ year, value }) => ({ series: missing.series, year, kind: missing.kind, value, status, source: source.trim() }));
    try {
      apply(planIndexImport(store, values));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className={styles.root} role="group" aria-labelledby={`${id}-question`}>
      <Body1Strong id={`${id}-question`}>{missingIndexQuestion(missing)}</Body1Strong>
      <div className={styles.row}>
        {reads.map(({ year, read }) => (
          <Field
            key={year}
            label={`${missing.series} ${year} (${missing.kind === 'percent' ? 'förändring i %' : 'indextal'})`}
            size="small"
            validationState={tried && !read.ok ? 'error' : 'none'}
            validationMessage={tried && !read.ok ? read.message : undefined}
          >
            <Input size="small" inputMode="decimal" value={figures[year] ?? ''} onChange={(_, d) => setFigures((f) => ({ ...f, [year]: d.value }))} />
          </Field>
        ))}
        <Field
          label="Källa"
          size="small"
          required
          validationState={tried && sourceMissing ? 'error' : 'none'}
          validationMessage={tried && sourceMissing ? 'Ange var värdet kommer ifrån, t.ex. SKR cirkulär 25:41.' : undefined}
        >
          <Input size="small" value={source} onChange={(_, d) => setSource(d.value)} />
        </Field>
      </div>
      <Field label="Utfall eller prognos" size="small">
        <RadioGroup layout="horizontal" value={status} onChange={(_, d) => setStatus(d.value as IndexStatus)}>
          <Radio value="utfall" label="Utfall" />
          <Radio value="prognos" label="Prognos" />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabledFocusable={busy} onClick={save}>
          Spara och räkna om
        </Button>
      </div>
      {error && <Caption1 className={styles.error}>{error}</Caption1>}
    </div>
  );
}

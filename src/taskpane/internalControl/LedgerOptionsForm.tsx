import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from '@fluentui/react-components';
import { AvtalFileField } from './AvtalFileField';
import type { LedgerForm } from './ledgerForm';
import { newSeed } from './ledgerForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  short: { width: '8em' },
});

export interface LedgerOptionsFormProps {
  form: LedgerForm;
  /** Ledger sheets of the last read (empty before the first run). */
  sheets: string[];
  /** The active sheet at the last run. */
  active?: string;
  busy: boolean;
  onChange(form: LedgerForm): void;
}

const AUTO = '';

/** The options of `periodkoll control`, as fields: sheet, stickprov, avtal list and thresholds. */
export function LedgerOptionsForm({ form, sheets, active, busy, onChange }: LedgerOptionsFormProps) {
  const styles = useStyles();
  const set = <K extends keyof LedgerForm>(key: K, value: LedgerForm[K]) => onChange({ ...form, [key]: value });
  const choices = form.sheet !== undefined && !sheets.includes(form.sheet) ? [...sheets, form.sheet] : sheets;
  const auto = active !== undefined && sheets.includes(active) ? `Aktivt blad (${active})` : sheets.length > 0 ? `Första huvudboken (${sheets[0]})` : 'Aktivt blad eller första huvudboken';

  return (
    <>
      <Field label="Huvudbok (blad)" hint={sheets.length === 0 ? 'Bladen med konto, belopp och datum listas efter första körningen.' : undefined}>
        <Select value={form.sheet ?? AUTO} onChange={(_, d) => set('sheet', d.value === AUTO ? undefined : d.value)}>
          <option value={AUTO}>{auto}</option>
          {choices.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>

      <fieldset className={styles.root}>
        <legend className={styles.legend}>Stickprov</legend>
        <Checkbox label="Dra stickprov" checked={form.sample} onChange={(_, d) => set('sample', d.checked === true)} />
        {form.sample && (
          <>
            <Field label="Konton" hint="Tomt: alla konton. Intervall med bindestreck.">
              <Input value={form.accounts} placeholder="4611, 4630, 6811-6899, 7070" onChange={(_, d) => set('accounts', d.value)} />
            </Field>
            <Field label="Urvalets storlek">
              <RadioGroup layout="horizontal" value={form.sizeKind} onChange={(_, d) => set('sizeKind', d.value as LedgerForm['sizeKind'])}>
                <Radio value="n" label="Antal rader" />
                <Radio value="share" label="Andel (%)" />
              </RadioGroup>
            </Field>
            {form.sizeKind === 'n' ? (
              <Field label="Antal rader (n)">
                <Input className={styles.short} inputMode="numeric" value={form.n} onChange={(_, d) => set('n', d.value)} />
              </Field>
            ) : (
              <Field label="Andel av populationen (%)">
                <Input className={styles.short} inputMode="decimal" value={form.share} onChange={(_, d) => set('share', d.value)} />
              </Field>
            )}
            <div className={styles.row}>
              <Field label="Frö (seed)" hint="Samma frö och val ger samma urval, i Excel, i webbläsaren och i periodkoll control.">
                <Input className={styles.short} value={form.seed} onChange={(_, d) => set('seed', d.value)} />
              </Field>
              <Button size="small" disabledFocusable={busy} onClick={() => set('seed', newSeed())}>
                Nytt frö
              </Button>
            </div>
            <Checkbox label="Stratifiera per konto" checked={form.stratify} onChange={(_, d) => set('stratify', d.checked === true)} />
            <Checkbox label="Beloppsviktat urval (MUS)" checked={form.weighted} onChange={(_, d) => set('weighted', d.checked === true)} />
          </>
        )}
      </fieldset>

      <fieldset className={styles.root}>
        <legend className={styles.legend}>Kontroller</legend>
        <Field label="Avtalsleverantörer (blad eller namn)" hint="Tomt: ett blad eller namn som heter Avtalsleverantörer, om det finns. Eller välj en fil (.xlsx, .csv), t.ex. till en huvudbok från CSV eller SIE.">
          <Input value={form.avtal} placeholder="Avtalsleverantörer" disabled={form.avtalFile !== undefined} onChange={(_, d) => set('avtal', d.value)} />
        </Field>
        <AvtalFileField file={form.avtalFile} busy={busy} onChange={(file) => set('avtalFile', file)} />
        <Field label="Gräns för automatiskt attesterade fakturor (kr)">
          <Input className={styles.short} inputMode="decimal" value={form.autoThreshold} onChange={(_, d) => set('autoThreshold', d.value)} />
        </Field>
        <Field label="Aktiveringsgräns för investeringar (kr)" hint="Tomt: halva prisbasbeloppet för bokföringsåret.">
          <Input className={styles.short} inputMode="decimal" value={form.capitalisation} onChange={(_, d) => set('capitalisation', d.value)} />
        </Field>
      </fieldset>
    </>
  );
}

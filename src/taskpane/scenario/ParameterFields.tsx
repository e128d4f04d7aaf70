import { Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { PERCENT_COLUMNS_WORD, percentColumns, type Parameter, type ScenarioBase } from '../../core/scenario';
import { Choice } from './Choice';
import { percent } from './format';
import { percentSeries, tableIndexValue, targetOptions } from './parameterDefaults';
import { PlanFields } from './PlanFields';
import { SwedishNumberField } from './SwedishNumberField';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3, flexBasis: '100%' },
});

export interface ParameterFieldsProps {
  parameter: Parameter;
  base: ScenarioBase | undefined;
  onChange(parameter: Parameter): void;
}

const ALL_COLUMNS = '';

/** The inputs of one parameter, by kind; every figure is typed the Swedish way. */
export function ParameterFields({ parameter: p, base, onChange }: ParameterFieldsProps) {
  const styles = useStyles();
  const headers = (base?.columns ?? []).filter((c) => c.role !== 'frame').map((c) => [c.header, c.header] as const);
  // Without a choice a percentage changes budget and prognos only; the pane says which columns that is.
  const byDefault = p.kind === 'percent' ? `${PERCENT_COLUMNS_WORD} (${base ? percentColumns(base).map((c) => c.header).join(', ') : ''})` : 'Alla beloppskolumner';
  const column = (value: string | undefined, set: (column: string | undefined) => void) => (
    <Choice label="Kolumn" value={value ?? ALL_COLUMNS} options={[[ALL_COLUMNS, byDefault], ...headers]} onChange={(v) => set(v || undefined)} />
  );
  const without = <T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> => {
    const copy = { ...o };
    delete copy[key];
    return copy;
  };

  switch (p.kind) {
    case 'index': {
      const table = tableIndexValue(base, p.series, p.year);
      return (
        <div className={styles.root}>
          <Choice label="Indexserie" value={p.series} options={percentSeries(base)} onChange={(series) => onChange({ ...p, series })} />
          <SwedishNumberField label="Indexår" unit="år" value={p.year} onChange={(year) => onChange({ ...p, year: year! })} />
          <SwedishNumberField label={`${p.series} ${p.year}`} unit="%" value={p.percent} onChange={(v) => onChange({ ...p, percent: v! })} />
          <Caption1 className={styles.muted}>
            {table ? `Indextabellen har ${percent(table.value)} för ${p.year} (${table.source}).` : `Indextabellen har inget värde för ${p.series} ${p.year}.`}
          </Caption1>
        </div>
      );
    }
    case 'percent':
      return (
        <div className={styles.root}>
          <Choice label="Rad eller grupp" value={p.target} options={targetOptions(base, 'percent')} onChange={(target) => onChange({ ...p, target })} />
          <SwedishNumberField label="Förändring" unit="%" value={p.percent} onChange={(v) => onChange({ ...p, percent: v! })} />
          {column(p.column, (c) => onChange(c ? { ...p, column: c } : without(p, 'column')))}
        </div>
      );
    case 'amount':
      return (
        <div className={styles.root}>
          <Choice label={base?.table.kind === 'driftbudget' ? 'Område' : 'Rad eller grupp'} value={p.target} options={targetOptions(base, 'amount')} onChange={(target) => onChange({ ...p, target })} />
          <SwedishNumberField label="Belopp, + mer kostnad eller intäkt" unit="mnkr" value={p.amount} onChange={(v) => onChange({ ...p, amount: v! })} />
          {column(p.column, (c) => onChange(c ? { ...p, column: c } : without(p, 'column')))}
        </div>
      );
    case 'ram': {
      const level = p.value !== undefined;
      return (
        <div className={styles.root}>
          <Choice
            label="Budgetram anges som"
            value={level ? 'level' : 'change'}
            options={[
              ['change', 'Förändring'],
              ['level', 'Ny nivå'],
            ]}
            onChange={(v) => onChange(v === 'level' ? { kind: 'ram', value: p.change ?? 0, ...(p.target ? { target: p.target } : {}) } : { kind: 'ram', change: p.value ?? 0, ...(p.target ? { target: p.target } : {}) })}
          />
          <SwedishNumberField
            label={level ? 'Budgetram, ny nivå' : 'Budgetram, förändring'}
            unit="mnkr"
            value={level ? p.value : p.change}
            onChange={(v) => onChange(level ? { ...p, value: v! } : { ...p, change: v! })}
          />
          {base?.table.kind === 'driftbudget' && (
            <Choice
              label="Område"
              value={p.target ?? ''}
              options={[['', 'Alla, efter omsättning'], ...targetOptions(base, 'ram').map((t) => [t, t] as const)]}
              onChange={(t) => onChange(t ? { ...p, target: t } : without(p, 'target'))}
            />
          )}
        </div>
      );
    }
    case 'plan':
      return <PlanFields plan={p} base={base} onChange={onChange} />;
    case 'adjustment': {
      const set = p.set !== undefined;
      return (
        <div className={styles.root}>
          <Choice label="Rad" value={p.row} options={targetOptions(base, 'adjustment')} onChange={(row) => onChange({ ...p, row })} />
          <Choice
            label="Justering"
            value={set ? 'set' : 'add'}
            options={[
              ['add', 'Lägg till belopp'],
              ['set', 'Sätt nytt värde'],
            ]}
            onChange={(v) => onChange(v === 'set' ? { ...without(without(p, 'add'), 'set'), set: p.add ?? 0 } : { ...without(without(p, 'add'), 'set'), add: p.set ?? 0 })}
          />
          <SwedishNumberField
            label={set ? 'Nytt värde, som i tabellen' : 'Tillägg, som i tabellen'}
            unit="mnkr"
            value={set ? p.set : p.add}
            onChange={(v) => onChange(set ? { ...p, set: v! } : { ...p, add: v! })}
          />
          {column(p.column, (c) => onChange(c ? { ...p, column: c } : without(p, 'column')))}
          <Field label="Anteckning" size="small">
            <Input size="small" value={p.note ?? ''} onChange={(_, d) => onChange(d.value ? { ...p, note: d.value } : without(p, 'note'))} />
          </Field>
        </div>
      );
    }
  }
}

import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { BaseChoice, ScenarioBaseRef } from '../../core/scenario';
import { tableKindName } from '../../core/tables/tableKindName';

const useStyles = makeStyles({ root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM } });

export interface BaseChooserProps {
  choices: BaseChoice[];
  value: ScenarioBaseRef;
  disabled: boolean;
  onChange(ref: ScenarioBaseRef): void;
}

/** "Underlag": which recognised table of the workbook the scenario starts from, and its result column. */
export function BaseChooser({ choices, value, disabled, onChange }: BaseChooserProps) {
  const styles = useStyles();
  const at = choices.findIndex((c) => c.sheet === value.sheet && c.table === (value.table ?? 0));
  const chosen = choices[at];
  const perSheet = (sheet: string) => choices.filter((c) => c.sheet === sheet).length;
  return (
    <div className={styles.root}>
      <Field label="Underlag (blad och tabell)" size="small">
        <Select
          size="small"
          disabled={disabled}
          value={at < 0 ? 'missing' : String(at)}
          onChange={(_, d) => {
            const c = choices[Number(d.value)];
            if (c) onChange({ sheet: c.sheet, table: c.table });
          }}
        >
          {at < 0 && <option value="missing">{`${value.sheet} (finns inte bland tabellerna)`}</option>}
          {choices.map((c, i) => (
            <option key={`${c.sheet}:${c.table}`} value={String(i)}>
              {`${c.sheet}: ${tableKindName(c.kind)}${perSheet(c.sheet) > 1 ? ` (tabell ${c.table + 1})` : ''}`}
            </option>
          ))}
        </Select>
      </Field>
      {chosen && (
        <Field label="Kolumn för resultatet" size="small">
          <Select
            size="small"
            disabled={disabled}
            value={value.column ?? ''}
            onChange={(_, d) => onChange({ sheet: chosen.sheet, table: chosen.table, ...(d.value ? { column: d.value } : {}) })}
          >
            <option value="">{`${chosen.primary} (förval)`}</option>
            {chosen.columns
              .filter((c) => c !== chosen.primary)
              .map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
          </Select>
        </Field>
      )}
    </div>
  );
}

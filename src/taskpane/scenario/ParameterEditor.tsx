import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { describeParameter, type Parameter, type ScenarioBase } from '../../core/scenario';
import { Choice } from './Choice';
import { KIND_WORD, KINDS, newParameter, type ParameterKind } from './parameterDefaults';
import { ParameterFields } from './ParameterFields';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export interface ParameterEditorProps {
  parameters: Parameter[];
  base: ScenarioBase | undefined;
  onChange(parameters: Parameter[]): void;
}

/** The scenario's parameters, each with its own inputs, in the order the bridge adds them up. */
export function ParameterEditor({ parameters, base, onChange }: ParameterEditorProps) {
  const styles = useStyles();
  const [kind, setKind] = useState<ParameterKind>('ram');
  return (
    <div className={styles.root}>
      {parameters.length === 0 && <Caption1 className={styles.muted}>Scenariot har inga parametrar än: det är lika med underlaget.</Caption1>}
      {parameters.map((p, i) => (
        <fieldset key={i} className={styles.card}>
          <legend className={styles.legend}>{`${i + 1}. ${KIND_WORD[p.kind]}`}</legend>
          <Caption1 className={styles.muted}>{describeParameter(p)}</Caption1>
          <ParameterFields parameter={p} base={base} onChange={(next) => onChange(parameters.map((x, j) => (j === i ? next : x)))} />
          <div className={styles.row}>
            <Button size="small" aria-label={`Ta bort parameter ${i + 1}: ${KIND_WORD[p.kind]}`} onClick={() => onChange(parameters.filter((_, j) => j !== i))}>
              Ta bort parameter
            </Button>
          </div>
        </fieldset>
      ))}
      <div className={styles.row}>
        <Choice label="Ny parameter" value={kind} options={KINDS.map((k) => [k, KIND_WORD[k]] as const)} onChange={(v) => setKind(v as ParameterKind)} />
        <Button size="small" onClick={() => onChange([...parameters, newParameter(kind, base)])}>
          Lägg till parameter
        </Button>
      </div>
    </div>
  );
}

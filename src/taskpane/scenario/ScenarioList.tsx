import { Button, Caption1, Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Scenario } from '../../core/scenario';
import { countWord } from '../../core/text/countWord';
import { ConfirmDialog } from '../ConfirmDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ScenarioListProps {
  scenarios: Scenario[];
  selected: Scenario | undefined;
  busy: boolean;
  /** False until the workbook has a table to start from. */
  canCreate: boolean;
  onSelect(name: string): void;
  onCreate(name: string): void;
  onDuplicate(name: string): void;
  onRename(name: string, newName: string): void;
  onDelete(name: string): void;
}

/** The named scenarios of the workbook: choose one, make a new one, copy, rename or delete it. */
export function ScenarioList({ scenarios, selected, busy, canCreate, onSelect, onCreate, onDuplicate, onRename, onDelete }: ScenarioListProps) {
  const styles = useStyles();
  const [newName, setNewName] = useState('');
  const [renameTo, setRenameTo] = useState(selected?.name ?? '');
  const [confirmDelete, setConfirmDelete] = useState(false);
  useEffect(() => setRenameTo(selected?.name ?? ''), [selected?.name]);

  return (
    <div className={styles.root}>
      {scenarios.length === 0 ? (
        <Caption1 className={styles.muted}>Inga sparade scenarier i arbetsboken än.</Caption1>
      ) : (
        <RadioGroup aria-label="Scenarier i arbetsboken" value={selected?.name ?? ''} onChange={(_, d) => onSelect(d.value)}>
          {scenarios.map((s) => (
            <Radio key={s.name} value={s.name} label={`${s.name} (${countWord(s.parameters.length, 'parameter', 'parametrar')})`} />
          ))}
        </RadioGroup>
      )}
      <div className={styles.row}>
        <Field label="Namn på nytt scenario" size="small">
          <Input size="small" value={newName} placeholder="t.ex. Låg LPIK" onChange={(_, d) => setNewName(d.value)} />
        </Field>
        <Button
          size="small"
          appearance="primary"
          disabledFocusable={busy || !canCreate}
          onClick={() => {
            onCreate(newName);
            setNewName('');
          }}
        >
          Nytt scenario
        </Button>
      </div>
      {selected && (
        <>
          <div className={styles.row}>
            <Field label="Nytt namn på valt scenario" size="small">
              <Input size="small" value={renameTo} onChange={(_, d) => setRenameTo(d.value)} />
            </Field>
            <Button size="small" disabledFocusable={busy || renameTo.trim() === selected.name} onClick={() => onRename(selected.name, renameTo)}>
              Byt namn
            </Button>
          </div>
          <div className={styles.row}>
            <Button size="small" disabledFocusable={busy} onClick={() => onDuplicate(selected.name)}>
              {`Kopiera ${selected.name}`}
            </Button>
            <Button size="small" disabledFocusable={busy} onClick={() => setConfirmDelete(true)}>
              {`Ta bort ${selected.name}`}
            </Button>
          </div>
          <ConfirmDialog
            open={confirmDelete}
            title="Ta bort scenariot?"
            text={`Scenariot ${selected.name} tas bort ur arbetsboken. Siffrorna i bladen påverkas inte.`}
            confirmLabel="Ta bort"
            onConfirm={() => {
              setConfirmDelete(false);
              onDelete(selected.name);
            }}
            onCancel={() => setConfirmDelete(false)}
          />
        </>
      )}
    </div>
  );
}

import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { numberText, readNumberInput, type NumberUnit } from './numberInput';

export interface SwedishNumberFieldProps {
  label: string;
  value: number | undefined;
  unit: NumberUnit;
  optional?: boolean;
  hint?: string;
  onChange(value: number | undefined): void;
}

/**
 * A figure typed the Swedish way. What cannot be read keeps the last good value in the scenario
 * and says why next to the field, in Swedish; the text stays as typed so the user can fix it.
 */
export function SwedishNumberField({ label, value, unit, optional = false, hint, onChange }: SwedishNumberFieldProps) {
  const [text, setText] = useState(() => numberText(value, unit));
  const read = readNumberInput(text, unit, optional);
  // Another scenario chosen, or the value changed elsewhere: show it, unless the text already says it.
  useEffect(() => {
    setText((old) => {
      const now = readNumberInput(old, unit, optional);
      return now.ok && now.value === value ? old : numberText(value, unit);
    });
  }, [value, unit, optional]);
  return (
    <Field
      label={`${label}${unit === 'år' ? '' : ` (${unit})`}`}
      size="small"
      validationState={read.ok ? 'none' : 'error'}
      validationMessage={read.ok ? undefined : read.message}
      hint={hint}
    >
      <Input
        size="small"
        inputMode={unit === 'år' ? 'numeric' : 'decimal'}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          const next = readNumberInput(d.value, unit, optional);
          if (next.ok && next.value !== value) onChange(next.value);
        }}
      />
    </Field>
  );
}

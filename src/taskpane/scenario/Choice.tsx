import { Field, Select } from '@fluentui/react-components';

export interface ChoiceProps {
  label: string;
  value: string;
  /** [value, text] pairs; a plain string is both. */
  options: ReadonlyArray<string | readonly [string, string]>;
  onChange(value: string): void;
}

/** A labelled native select: keyboard and screen readers work as everywhere else. */
export function Choice({ label, value, options, onChange }: ChoiceProps) {
  const pairs = options.map((o) => (typeof o === 'string' ? ([o, o] as const) : o));
  // A stored value the table no longer offers stays visible instead of silently changing.
  const all = pairs.some(([v]) => v === value) ? pairs : [[value, value] as const, ...pairs];
  return (
    <Field label={label} size="small">
      <Select size="small" value={value} onChange={(_, d) => onChange(d.value)}>
        {all.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

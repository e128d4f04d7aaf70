import { Button, Caption1, Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { BAND_ORDER, bandTitle, SCALES, withScale, type RiskSettingsDraft } from './riskSettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  band: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  bandName: { minWidth: '3em' },
  number: { width: '5em' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface RiskSettingsFormProps {
  draft: RiskSettingsDraft;
  /** Why the draft cannot be used, when it cannot. */
  problem?: string;
  busy: boolean;
  onChange(draft: RiskSettingsDraft): void;
  onSave(): void;
}

/** Scale and colour bands of the risk matrix; "Spara" keeps them in the workbook. */
export function RiskSettingsForm({ draft, problem, busy, onChange, onSave }: RiskSettingsFormProps) {
  const styles = useStyles();
  const setBound = (band: (typeof BAND_ORDER)[number], i: 0 | 1, text: string) => {
    const pair: [string, string] = [...draft.bands[band]];
    pair[i] = text;
    onChange({ ...draft, bands: { ...draft.bands, [band]: pair } });
  };
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>Riskmatrisens inställningar</legend>
      <Field label="Skala">
        <RadioGroup layout="horizontal" value={String(draft.scale)} onChange={(_, d) => onChange(withScale(draft, Number(d.value)))}>
          {SCALES.map((s) => (
            <Radio key={s} value={String(s)} label={`${s} × ${s}`} />
          ))}
        </RadioGroup>
      </Field>
      {BAND_ORDER.map((band) => (
        <div key={band} className={styles.band} role="group" aria-label={`${bandTitle(band)} riskvärde`}>
          <Caption1 className={styles.bandName}>{bandTitle(band)}</Caption1>
          {([0, 1] as const).map((i) => (
            <Field key={i} label={i === 0 ? 'från' : 'till'} size="small">
              <Input
                className={styles.number}
                size="small"
                inputMode="numeric"
                aria-label={`${bandTitle(band)} riskvärde ${i === 0 ? 'från' : 'till'}`}
                value={draft.bands[band][i]}
                onChange={(_, d) => setBound(band, i, d.value)}
              />
            </Field>
          ))}
        </div>
      ))}
      {problem && (
        <Caption1 className={styles.error} role="note">
          {problem}
        </Caption1>
      )}
      <div>
        <Button size="small" disabledFocusable={busy || problem !== undefined} onClick={onSave}>
          Spara inställningar i arbetsboken
        </Button>
      </div>
    </fieldset>
  );
}

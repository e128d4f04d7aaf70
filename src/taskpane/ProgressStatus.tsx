import { Field, ProgressBar } from '@fluentui/react-components';
import type { ProgressState } from './useValidation';

/** "Läser blad 3 av 12 …" while reading (sheets read so far + the one being read), then "Kontrollerar …". */
export function progressText(progress: ProgressState): string {
  if (progress.phase === 'checking') return 'Kontrollerar …';
  if (progress.total <= 0) return 'Läser arbetsboken …';
  return `Läser blad ${Math.min(progress.done + 1, progress.total)} av ${progress.total} …`;
}

export function ProgressStatus({ progress }: { progress: ProgressState }) {
  const determinate = progress.phase === 'reading' && progress.total > 0;
  return (
    <Field label={progressText(progress)}>
      {determinate ? <ProgressBar value={progress.done} max={progress.total} /> : <ProgressBar />}
    </Field>
  );
}

import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { TargetRow } from '../../core/targets/types';
import { MissingIndexForm } from './MissingIndexForm';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** Under a styrtal row: where each index value of its chain comes from, or the form for the values it lacks. */
export function TargetIndex({ row, busy }: { row: TargetRow; busy: boolean }) {
  const styles = useStyles();
  return (
    <>
      {row.indexSources && <Caption1 className={styles.muted}>{`Indexkällor: ${row.indexSources}`}</Caption1>}
      {row.missingIndex && <MissingIndexForm missing={row.missingIndex} busy={busy} />}
    </>
  );
}

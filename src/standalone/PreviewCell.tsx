/**
 * One cell of the preview grid: its text as Excel shows it, cut with an ellipsis where the column
 * is too narrow (the full text is the cell's tooltip), the finding colour, the mark the
 * downloaded copy gets (its fill, and a corner triangle for its note, as Excel shows a note),
 * and the selection outline. Text is rendered as React text, never as HTML.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Cell } from '../core/model/workbook';
import { cellText } from './cellText';
import type { HighlightSeverity } from './highlights';
import type { PreviewMark } from './previewMarks';
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from './previewLayout';

const useStyles = makeStyles({
  cell: {
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    padding: '0 6px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    color: tokens.colorNeutralForeground1,
  },
  number: { textAlign: 'right' },
  centred: { textAlign: 'center' },
  error: { backgroundColor: '#FDE7E9', color: '#A4262C', boxShadow: 'inset 0 0 0 1px #C50F1F' },
  warning: { backgroundColor: '#FFF4CE', color: '#6B3C00', boxShadow: 'inset 0 0 0 1px #BC4B09' },
  // Black on the mark's red (FF0000, 5.3:1) or amber (FFC000, 12:1), as in the copy.
  marked: { color: '#000000' },
  noted: { backgroundImage: 'linear-gradient(225deg, #242424 0, #242424 6px, transparent 6px)' },
  selected: {
    position: 'relative',
    zIndex: 1,
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-3px',
  },
  // The label column stays in view beside the figures; opaque, so figures scroll under it.
  frozen: {
    position: 'sticky',
    left: `${ROW_HEADER_WIDTH}px`,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export interface PreviewCellProps {
  cell: Cell;
  address: string;
  severity?: HighlightSeverity;
  mark?: PreviewMark;
  selected: boolean;
  frozen: boolean;
}

export function PreviewCell({ cell, address, severity, mark, selected, frozen }: PreviewCellProps) {
  const styles = useStyles();
  const text = cellText(cell);
  const className = mergeClasses(
    styles.cell,
    cell.type === 'number' && styles.number,
    (cell.type === 'error' || cell.type === 'boolean') && styles.centred,
    severity && styles[severity],
    mark && styles.marked,
    mark?.note && styles.noted,
    selected && styles.selected,
    frozen && styles.frozen,
  );
  const label = severity ? `${address}: ${severity === 'error' ? 'fel' : 'varning'}` : undefined;
  const described = [label, text, mark?.note && `Anteckning: ${mark.note}`].filter(Boolean).join('. ');
  const tooltip = [text, mark?.note].filter(Boolean).join('\n');
  return (
    <td
      className={className}
      style={mark ? { backgroundColor: `#${mark.fill}` } : undefined}
      data-cell={address}
      data-severity={severity}
      data-mark={mark ? mark.fill : undefined}
      aria-selected={selected || undefined}
      aria-label={label || mark ? described : undefined}
      title={tooltip || undefined}
    >
      {text}
    </td>
  );
}

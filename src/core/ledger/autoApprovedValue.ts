/** The "automatiskt attesterad" column: Ja/Nej, X, 1/0, SANT/FALSKT or a word such as "Auto". */
import { cellText } from '../recognize/cellKinds';
import type { Cell } from '../model/workbook';

const YES = new Set(['ja', 'j', 'x', '1', 'sant', 'true', 'yes', 'auto', 'automatisk', 'automatiskt', 'autoattest', 'autoattesterad']);

export function isAutoApproved(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (typeof cell.value === 'boolean') return cell.value;
  if (typeof cell.value === 'number') return cell.value === 1;
  return YES.has(cellText(cell).toLowerCase());
}

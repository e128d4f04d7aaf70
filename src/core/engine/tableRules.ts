import type { Finding } from '../findings/finding';
import { checkColumnGroups } from '../rules/table/columnGroups';
import type { TableContext, TableRule } from '../rules/table/context';
import { checkFrameWithinTurnover } from '../rules/table/frameWithinTurnover';
import { checkRowRelations } from '../rules/table/relations';
import { checkSigns } from '../rules/table/signs';
import { checkSumRows } from '../rules/table/sumRows';
import { checkVariances } from '../rules/table/variance';

/** Rules that check arithmetic relations between a table's cells. */
export const RELATION_RULES: TableRule[] = [checkSumRows, checkVariances, checkRowRelations, checkColumnGroups, checkFrameWithinTurnover];

/** Rules that check the sign of single cells. */
export const SIGN_RULES: TableRule[] = [checkSigns];

export function runTableRules(ctx: TableContext): Finding[] {
  return RELATION_RULES.flatMap((rule) => rule(ctx));
}

/** The finding for a typed number that stands where neighbours compute the value. */
import type { Finding } from '../../findings/finding';
import { toSwedishDisplay } from '../../formula/swedish';
import { translateFormula } from '../../formula/translate';
import { a1 } from '../../model/address';
import { formatSwedishFigure } from '../../numbers/swedishNumber';
import { ruleInfo, type RuleId } from '../catalogue';
import { axisWord, type Axis, type Placed } from './lines';

const RULE: RuleId = 'formula.hardcoded';

/** `model` is the nearest cell holding the formula the neighbours use. */
export function hardcodedFinding(sheetName: string, p: Placed, model: Placed, axis: Axis): Finding {
  const cell = a1(p.row, p.col);
  const expected = translateFormula(model.cell.formula ?? '', p.row - model.row, p.col - model.col);
  return {
    rule: RULE,
    severity: ruleInfo(RULE).severity,
    sheet: sheetName,
    cell,
    message: `I ${cell} står det inskrivna talet ${formatSwedishFigure(p.cell.value as number)} där grannarna i `
      + `${axisWord(axis)} räknas med en formel (i ${cell} vore den ${toSwedishDisplay(expected)}); talet uppdateras inte när underlaget ändras.`,
    found: p.cell.value as number,
  };
}

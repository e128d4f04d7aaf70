/** A sheet name for a written scenario that Excel accepts and that no sheet already has. */
const EXCEL_MAX_SHEET_NAME = 31;

export function scenarioSheetName(scenarioName: string, existing: readonly string[]): string {
  const clean = `Scenario ${scenarioName}`.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim();
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const fit = (text: string, suffix = '') => text.slice(0, EXCEL_MAX_SHEET_NAME - suffix.length).trim() + suffix;
  let name = fit(clean);
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = fit(clean, ` (${i})`);
  return name;
}

/** Why Excel would refuse a sheet name the user typed (Swedish), or undefined when it is fine. */
export function sheetNameProblem(name: string): string | undefined {
  const n = name.trim();
  if (!n) return 'Ge bladet ett namn.';
  if (n.length > EXCEL_MAX_SHEET_NAME) return `Ett bladnamn får vara högst ${EXCEL_MAX_SHEET_NAME} tecken.`;
  if (/[[\]:*?/\\]/.test(n)) return 'Ett bladnamn får inte innehålla : \\ / ? * [ ]';
  if (/^'|'$/.test(n)) return 'Ett bladnamn får inte börja eller sluta med apostrof.';
  return undefined;
}

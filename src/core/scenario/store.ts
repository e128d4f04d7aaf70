/**
 * Named scenarios as one versioned JSON document, stored by the host in the workbook under the
 * key "scenarios" (readStore/writeStore). Pure functions: every change returns a new document.
 */
import { PARAMETERS_VERSION, type Parameter, type Scenario } from './parameters';

export const SCENARIO_STORE_KEY = 'scenarios';
export const SCENARIO_DOCUMENT_VERSION = 1;

export interface ScenarioDocument {
  version: number;
  parametersVersion: number;
  scenarios: Scenario[];
}

export type DocumentOutcome = { ok: true; document: ScenarioDocument } | { ok: false; message: string };

const PARAMETER_KINDS = new Set<Parameter['kind']>(['index', 'percent', 'amount', 'ram', 'plan', 'adjustment']);

export function emptyDocument(): ScenarioDocument {
  return { version: SCENARIO_DOCUMENT_VERSION, parametersVersion: PARAMETERS_VERSION, scenarios: [] };
}

export function serializeDocument(doc: ScenarioDocument): string {
  return JSON.stringify(doc);
}

/**
 * Reads a stored document. Nothing stored is an empty list; a document from a newer Periodkoll,
 * or one that is damaged, is refused with a Swedish message (and must not be overwritten unasked).
 */
export function parseDocument(json: string | undefined): DocumentOutcome {
  if (json === undefined || json.trim() === '') return { ok: true, document: emptyDocument() };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: 'De sparade scenarierna i arbetsboken går inte att läsa (skadad JSON).' };
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as ScenarioDocument).scenarios)) {
    return { ok: false, message: 'De sparade scenarierna i arbetsboken har ett okänt format.' };
  }
  const doc = data as ScenarioDocument;
  if (typeof doc.version !== 'number' || doc.version > SCENARIO_DOCUMENT_VERSION || (doc.parametersVersion ?? 1) > PARAMETERS_VERSION) {
    return { ok: false, message: `Scenarierna sparades av en nyare version av Periodkoll (version ${String(doc.version)}); uppdatera Periodkoll för att öppna dem.` };
  }
  const bad = doc.scenarios.find((s) => !isScenario(s));
  if (bad !== undefined) return { ok: false, message: `Scenariot ${typeof (bad as Scenario)?.name === 'string' ? (bad as Scenario).name : '(utan namn)'} i arbetsboken är skadat eller har okända parametrar.` };
  return { ok: true, document: { version: SCENARIO_DOCUMENT_VERSION, parametersVersion: PARAMETERS_VERSION, scenarios: doc.scenarios } };
}

function isScenario(s: unknown): s is Scenario {
  if (typeof s !== 'object' || s === null) return false;
  const x = s as Scenario;
  return typeof x.name === 'string' && typeof x.base?.sheet === 'string' && Array.isArray(x.parameters) && x.parameters.every((p) => PARAMETER_KINDS.has(p?.kind));
}

export function listScenarios(doc: ScenarioDocument): string[] {
  return doc.scenarios.map((s) => s.name);
}

export type ChangeOutcome = { ok: true; document: ScenarioDocument } | { ok: false; message: string };

function find(doc: ScenarioDocument, name: string): number {
  const k = name.trim().toLowerCase();
  return doc.scenarios.findIndex((s) => s.name.trim().toLowerCase() === k);
}

/** Adds a scenario, or replaces the one of the same name (saving an edited scenario). */
export function saveScenario(doc: ScenarioDocument, scenario: Scenario): ChangeOutcome {
  if (!scenario.name.trim()) return { ok: false, message: 'Ge scenariot ett namn.' };
  const at = find(doc, scenario.name);
  const scenarios = [...doc.scenarios];
  if (at >= 0) scenarios[at] = scenario;
  else scenarios.push(scenario);
  return { ok: true, document: { ...doc, scenarios } };
}

/** A name not yet used: "Kopia av Bas", "Kopia av Bas (2)" … */
export function freeName(doc: ScenarioDocument, wanted: string): string {
  if (find(doc, wanted) < 0) return wanted;
  for (let i = 2; ; i++) if (find(doc, `${wanted} (${i})`) < 0) return `${wanted} (${i})`;
}

export function duplicateScenario(doc: ScenarioDocument, name: string): ChangeOutcome {
  const at = find(doc, name);
  if (at < 0) return { ok: false, message: `Scenariot ${name} finns inte.` };
  const original = doc.scenarios[at];
  const copy: Scenario = JSON.parse(JSON.stringify(original)) as Scenario;
  copy.name = freeName(doc, `Kopia av ${original.name}`);
  const scenarios = [...doc.scenarios];
  scenarios.splice(at + 1, 0, copy);
  return { ok: true, document: { ...doc, scenarios } };
}

export function renameScenario(doc: ScenarioDocument, name: string, newName: string): ChangeOutcome {
  const at = find(doc, name);
  if (at < 0) return { ok: false, message: `Scenariot ${name} finns inte.` };
  if (!newName.trim()) return { ok: false, message: 'Ge scenariot ett namn.' };
  const clash = find(doc, newName);
  if (clash >= 0 && clash !== at) return { ok: false, message: `Det finns redan ett scenario som heter ${newName}.` };
  const scenarios = doc.scenarios.map((s, i) => (i === at ? { ...s, name: newName.trim() } : s));
  return { ok: true, document: { ...doc, scenarios } };
}

export function deleteScenario(doc: ScenarioDocument, name: string): ChangeOutcome {
  const at = find(doc, name);
  if (at < 0) return { ok: false, message: `Scenariot ${name} finns inte.` };
  return { ok: true, document: { ...doc, scenarios: doc.scenarios.filter((_, i) => i !== at) } };
}

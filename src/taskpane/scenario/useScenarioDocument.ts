import { useCallback, useEffect, useState } from 'react';
import {
  deleteScenario,
  duplicateScenario,
  emptyDocument,
  freeName,
  parseDocument,
  renameScenario,
  saveScenario,
  SCENARIO_STORE_KEY,
  serializeDocument,
  type ChangeOutcome,
  type Scenario,
  type ScenarioBaseRef,
  type ScenarioDocument,
} from '../../core/scenario';
import type { WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';

export interface ScenarioDocumentState {
  document: ScenarioDocument;
  selected: Scenario | undefined;
  /** The stored document could not be read: Swedish reason; nothing is saved over it. */
  blocked: string | null;
  /** Edits not yet saved in the workbook. */
  dirty: boolean;
  select(name: string): void;
  create(name: string, base: ScenarioBaseRef): Promise<void>;
  duplicate(name: string): Promise<void>;
  rename(name: string, newName: string): Promise<void>;
  remove(name: string): Promise<void>;
  /** Changes the selected scenario in the pane only (Spara writes it). */
  edit(scenario: Scenario): void;
  save(): Promise<void>;
}

/**
 * Named scenarios kept in the workbook under "scenarios": read once on mount, written only when
 * the user creates, copies, renames, deletes or saves. A document the pane cannot read (damaged,
 * or from a newer Periodkoll) is never written over: the pane says so and keeps changes in memory.
 */
export function useScenarioDocument(host: WorkbookHost, exclusive: (task: () => Promise<void>) => Promise<void>, feedback: PaneFeedback): ScenarioDocumentState {
  const [document, setDocument] = useState<ScenarioDocument>(emptyDocument);
  const [saved, setSaved] = useState(() => serializeDocument(emptyDocument()));
  const [blocked, setBlocked] = useState<string | null>(null);
  const [selectedName, setSelectedName] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const outcome = parseDocument(await host.readStore(SCENARIO_STORE_KEY));
        if (!live) return;
        if (!outcome.ok) {
          setBlocked(outcome.message);
          feedback.show({ intent: 'warning', title: 'Sparade scenarier kan inte öppnas', text: `${outcome.message} De skrivs inte över; nya scenarier sparas inte i arbetsboken.` });
          return;
        }
        setDocument(outcome.document);
        setSaved(serializeDocument(outcome.document));
        setSelectedName(outcome.document.scenarios[0]?.name);
      } catch (error) {
        if (live) setBlocked(messageForError(error, 'läsa de sparade scenarierna').text);
      }
    })();
    return () => {
      live = false;
    };
  }, [host, feedback]);

  const persist = useCallback(
    async (change: ChangeOutcome, select: string | undefined, done: string) => {
      if (!change.ok) {
        feedback.show({ intent: 'warning', text: change.message });
        return;
      }
      setDocument(change.document);
      setSelectedName(select);
      if (blocked) {
        feedback.show({ intent: 'warning', text: `${done} Det sparas inte i arbetsboken, eftersom de sparade scenarierna där inte kan läsas.` });
        return;
      }
      const json = serializeDocument(change.document);
      try {
        await host.writeStore(SCENARIO_STORE_KEY, json);
        setSaved(json);
        feedback.show({ intent: 'success', text: `${done} Sparat i arbetsboken.` });
      } catch (error) {
        feedback.show(messageForError(error, 'spara scenarierna'));
      }
    },
    [host, blocked, feedback],
  );

  const create = useCallback(
    (name: string, base: ScenarioBaseRef) =>
      exclusive(async () => {
        const unique = freeName(document, name.trim() || 'Nytt scenario');
        await persist(saveScenario(document, { name: unique, base, parameters: [] }), unique, `Scenariot ${unique} skapades.`);
      }),
    [exclusive, document, persist],
  );

  const duplicate = useCallback(
    (name: string) =>
      exclusive(async () => {
        const change = duplicateScenario(document, name);
        const at = document.scenarios.findIndex((s) => s.name === name);
        const copy = change.ok ? change.document.scenarios[at + 1]?.name : undefined;
        await persist(change, copy ?? name, `Scenariot ${name} kopierades till ${copy ?? ''}.`);
      }),
    [exclusive, document, persist],
  );

  const rename = useCallback(
    (name: string, newName: string) =>
      exclusive(async () => {
        await persist(renameScenario(document, name, newName), newName.trim(), `Scenariot ${name} heter nu ${newName.trim()}.`);
      }),
    [exclusive, document, persist],
  );

  const remove = useCallback(
    (name: string) =>
      exclusive(async () => {
        const change = deleteScenario(document, name);
        const next = change.ok ? change.document.scenarios[0]?.name : name;
        await persist(change, next, `Scenariot ${name} togs bort.`);
      }),
    [exclusive, document, persist],
  );

  const edit = useCallback((scenario: Scenario) => {
    setDocument((doc) => ({ ...doc, scenarios: doc.scenarios.map((s) => (s.name === scenario.name ? scenario : s)) }));
  }, []);

  const save = useCallback(
    () => exclusive(() => persist({ ok: true, document }, selectedName, `Ändringarna i ${selectedName ?? 'scenariot'} sparades.`)),
    [exclusive, document, selectedName, persist],
  );

  const selected = document.scenarios.find((s) => s.name === selectedName) ?? document.scenarios[0];
  return {
    document,
    selected,
    blocked,
    dirty: serializeDocument(document) !== saved,
    select: setSelectedName,
    create,
    duplicate,
    rename,
    remove,
    edit,
    save,
  };
}

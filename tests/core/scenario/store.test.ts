import {
  deleteScenario,
  duplicateScenario,
  emptyDocument,
  listScenarios,
  parseDocument,
  renameScenario,
  saveScenario,
  serializeDocument,
  type Scenario,
  type ScenarioDocument,
} from '../../../src/core/scenario';

const bas: Scenario = { name: 'Bas', base: { sheet: 'Resultatbudget' }, parameters: [] };
const lagLpik: Scenario = { name: 'Låg LPIK', base: { sheet: 'Resultatbudget' }, parameters: [{ kind: 'index', series: 'LPIK', year: 2025, percent: 2.9 }] };
const hp: Scenario = {
  name: 'Handlingsplan 84 %',
  base: { sheet: 'Resultatbudget', column: 'Budget 2024' },
  parameters: [{ kind: 'plan', requirement: 29.0, effects: [{ year: 2024, fulfilment: 84 }, { year: 2025, fulfilment: 98 }] }],
};

function ok(o: { ok: true; document: ScenarioDocument } | { ok: false; message: string }): ScenarioDocument {
  if (!o.ok) throw new Error(o.message);
  return o.document;
}

describe('named scenarios stored in the workbook', () => {
  it('saves, serialises and reads back the same scenarios', () => {
    let doc = emptyDocument();
    for (const s of [bas, lagLpik, hp]) doc = ok(saveScenario(doc, s));
    const again = ok(parseDocument(serializeDocument(doc)));
    expect(again).toEqual(doc);
    expect(listScenarios(again)).toEqual(['Bas', 'Låg LPIK', 'Handlingsplan 84 %']);
  });

  it('duplicates with a free name, renames without collisions, deletes', () => {
    let doc = ok(saveScenario(ok(saveScenario(emptyDocument(), bas)), hp));
    doc = ok(duplicateScenario(doc, 'Bas'));
    doc = ok(duplicateScenario(doc, 'Bas'));
    expect(listScenarios(doc)).toEqual(['Bas', 'Kopia av Bas (2)', 'Kopia av Bas', 'Handlingsplan 84 %']);
    expect(renameScenario(doc, 'Kopia av Bas', 'bas')).toEqual({ ok: false, message: 'Det finns redan ett scenario som heter bas.' });
    doc = ok(renameScenario(doc, 'Kopia av Bas', 'Låg LPIK'));
    doc = ok(deleteScenario(doc, 'Kopia av Bas (2)'));
    expect(listScenarios(doc)).toEqual(['Bas', 'Låg LPIK', 'Handlingsplan 84 %']);
    expect(deleteScenario(doc, 'Finns inte')).toEqual({ ok: false, message: 'Scenariot Finns inte finns inte.' });
  });

  it('a copy is independent of its original', () => {
    const doc = ok(duplicateScenario(ok(saveScenario(emptyDocument(), hp)), hp.name));
    (doc.scenarios[1].parameters[0] as { requirement: number }).requirement = 30;
    expect((doc.scenarios[0].parameters[0] as { requirement: number }).requirement).toBe(29);
  });

  it('nothing stored is an empty list; newer or damaged documents get a Swedish message', () => {
    expect(ok(parseDocument(undefined)).scenarios).toEqual([]);
    expect(parseDocument('{"version":2,"scenarios":[]}')).toEqual({ ok: false, message: 'Scenarierna sparades av en nyare version av Periodkoll (version 2); uppdatera Periodkoll för att öppna dem.' });
    expect(parseDocument('{not json')).toEqual({ ok: false, message: 'De sparade scenarierna i arbetsboken går inte att läsa (skadad JSON).' });
    expect(parseDocument('{"version":1,"scenarios":[{"name":"X","base":{"sheet":"A"},"parameters":[{"kind":"magic"}]}]}')).toEqual({
      ok: false,
      message: 'Scenariot X i arbetsboken är skadat eller har okända parametrar.',
    });
  });
});

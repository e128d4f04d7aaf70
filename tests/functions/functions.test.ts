/**
 * The worksheet functions as Excel calls them: against the bundled values, the user's browser
 * store and the workbook's Index sheet, with Excel's errors for a missing value or a bad argument.
 */
import { EMPTY_INDEX_STORE, serializeIndexStore, type IndexStore } from '../../src/core/indexation';
import type { CustomFunctionsApi } from '../../src/functions/customFunctionsApi';
import { index, upprakna } from '../../src/functions/functions';
import { functionIndexTable, rememberWorkbookIndex, setWorkbookIndexLayer } from '../../src/functions/indexSource';
import { CUSTOM_FUNCTIONS, registerCustomFunctions } from '../../src/functions/register';
import { BROWSER_INDEX_STORE_KEY } from '../../src/host/indexStore/browserIndexStore';
import { buildSheet, buildWorkbook } from '../helpers/buildSheet';

/** CustomFunctions.Error as office.js makes it: the code Excel shows and the message on hover. */
class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

function fakeApi(): CustomFunctionsApi & { associated: string[] } {
  const associated: string[] = [];
  return { associated, associate: (id) => void associated.push(id), Error: FakeExcelError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
}

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

/** LPIK 2025 2,9 % as a scenario value the user stored (DOMAIN §1). */
const LPIK_2025: IndexStore = {
  ...EMPTY_INDEX_STORE,
  values: [{ series: 'LPIK', year: 2025, kind: 'percent', value: 2.9, status: 'prognos', source: 'Scenario i budgetarbetet', date: '2025-10-02' }],
};

/** What Excel shows for a call: the number, or the error code with its message. */
function cell(call: () => number): number | { code: string; message: string } {
  try {
    return call();
  } catch (e) {
    if (e instanceof FakeExcelError) return { code: e.code, message: e.message };
    throw e;
  }
}

const g = globalThis as { CustomFunctions?: unknown; localStorage?: Storage };
let storage: Storage;

beforeEach(() => {
  storage = memoryStorage();
  g.localStorage = storage;
  g.CustomFunctions = fakeApi();
  setWorkbookIndexLayer(undefined);
});

afterEach(() => {
  delete g.localStorage;
  delete g.CustomFunctions;
  setWorkbookIndexLayer(undefined);
});

describe('PERIODKOLL.UPPRÄKNA', () => {
  it('bundled values only: LPIK 2025 is missing, so #SAKNAS! (#N/A) saying which value, never 0', () => {
    expect(cell(() => upprakna(8_211_464, 2023, 2025))).toEqual({ code: '#N/A', message: 'LPIK saknar värde för 2025' });
  });

  it('with LPIK 2025 2,9 % in the user\'s store: 8 211 464 × 1,035 × 1,029 = 8 745 332', () => {
    storage.setItem(BROWSER_INDEX_STORE_KEY, serializeIndexStore(LPIK_2025));
    const r = cell(() => upprakna(8_211_464, 2023, 2025));
    expect(r as number).toBeCloseTo(8_745_332.33, 1);
    expect(Math.round(r as number)).toBe(8_745_332);
  });

  it('a store changed by the pane is seen at the next calculation', () => {
    expect(cell(() => upprakna(1_000_000, 2024, 2025))).toMatchObject({ code: '#N/A' });
    storage.setItem(BROWSER_INDEX_STORE_KEY, serializeIndexStore(LPIK_2025));
    expect(cell(() => upprakna(1_000_000, 2024, 2025)) as number).toBeCloseTo(1_029_000, 6);
    storage.removeItem(BROWSER_INDEX_STORE_KEY);
    expect(cell(() => upprakna(1_000_000, 2024, 2025))).toMatchObject({ code: '#N/A' });
  });

  it('KPI 2021 → 2023: 1 000 000 × 403,70 / 343,19 = 1 176 316', () => {
    expect(Math.round(cell(() => upprakna(1_000_000, 2021, 2023, 'KPI')) as number)).toBe(1_176_316);
  });

  it('an unknown series is #VÄRDEFEL! (#VALUE!) naming the series there are', () => {
    expect(cell(() => upprakna(1000, 2023, 2024, 'KPIX'))).toEqual({ code: '#VALUE!', message: 'Okänd indexserie "KPIX". Kända serier: KPI, LPIK och PKV.' });
  });

  it('a damaged store is not half-used: the bundled values still answer', () => {
    storage.setItem(BROWSER_INDEX_STORE_KEY, '{ inte json');
    expect(cell(() => upprakna(1_000_000, 2023, 2024)) as number).toBeCloseTo(1_035_000, 6);
    expect(cell(() => upprakna(1_000_000, 2023, 2025))).toMatchObject({ code: '#N/A', message: 'LPIK saknar värde för 2025' });
  });
});

describe('PERIODKOLL.INDEX', () => {
  it('LPIK 2024 = 3,5 (the change in %, from the seed budget); KPI 2021 = 343,19 (the level)', () => {
    expect(cell(() => index('LPIK', 2024))).toBe(3.5);
    expect(cell(() => index('KPI', 2021))).toBe(343.19);
  });

  it('a missing year is #SAKNAS!, a bad year #VÄRDEFEL!', () => {
    expect(cell(() => index('LPIK', 2025))).toEqual({ code: '#N/A', message: 'LPIK saknar värde för 2025' });
    expect(cell(() => index('LPIK', 20245))).toEqual({ code: '#VALUE!', message: 'Året ska vara ett årtal mellan 1900 och 2200, t.ex. 2023.' });
  });
});

describe('the workbook layer: the Index sheet the pane read', () => {
  const withIndexSheet = buildWorkbook(buildSheet('Index', [['År', 'LPIK'], [2024, 3.5], [2025, 3.2]]));

  it('wins over the user store once the pane has read the workbook, until another read has none', () => {
    storage.setItem(BROWSER_INDEX_STORE_KEY, serializeIndexStore(LPIK_2025));
    expect(cell(() => index('LPIK', 2025))).toBe(2.9);
    rememberWorkbookIndex(withIndexSheet);
    expect(cell(() => index('LPIK', 2025))).toBe(3.2);
    expect(functionIndexTable().series.find((s) => s.name === 'LPIK')?.origins?.[2025]?.layer).toBe('workbook');
    rememberWorkbookIndex(buildWorkbook(buildSheet('Budget', [['Konto', 'Belopp'], ['4611', 100]])));
    expect(cell(() => index('LPIK', 2025))).toBe(2.9);
  });
});

describe('registration', () => {
  it('associates both ids inside Excel', () => {
    const api = fakeApi();
    expect(registerCustomFunctions(api)).toBe(true);
    expect(api.associated).toEqual(['UPPRAKNA', 'INDEX']);
    expect(CUSTOM_FUNCTIONS.UPPRAKNA).toBe(upprakna);
  });

  it('does nothing where there is no CustomFunctions global (the stand-alone page, a plain browser)', () => {
    delete g.CustomFunctions;
    expect(registerCustomFunctions()).toBe(false);
    // Without Excel an error is still an error with the Swedish message, never a number.
    expect(() => upprakna(8_211_464, 2023, 2025)).toThrow('LPIK saknar värde för 2025');
  });
});

/**
 * The options of "Kontrollmoment på huvudbok" as the tab holds them (text as typed) and the
 * request they make for core's controlLedger: the same options as `periodkoll control`.
 */
import type { ControlRequest, LedgerSettings, PartyListResult, SampleRequest } from '../../core/ledger';
import { parseAccountList, seedFromText } from '../../core/ledger';
import { parseSwedishNumber } from '../../core/numbers/swedishNumber';

export interface LedgerForm {
  /** The ledger sheet picked; undefined: the active sheet when it is a ledger, else the first ledger. */
  sheet?: string;
  sample: boolean;
  accounts: string;
  sizeKind: 'n' | 'share';
  n: string;
  /** Per cent of the population. */
  share: string;
  seed: string;
  stratify: boolean;
  weighted: boolean;
  avtal: string;
  /** An avtal list chosen as a file (.xlsx or .csv); it takes the place of `avtal`. */
  avtalFile?: { name: string; list: PartyListResult };
  autoThreshold: string;
  capitalisation: string;
}

export type LedgerFormRequest = { ok: true; request: ControlRequest } | { ok: false; message: string };

/** A seed anyone can type again: 0 … 999 999 999 (seedFromText takes any text, also a longer one). */
export function newSeed(): string {
  const word = new Uint32Array(1);
  globalThis.crypto.getRandomValues(word);
  return String(word[0] % 1_000_000_000);
}

export function initialLedgerForm(): LedgerForm {
  return {
    sample: true,
    accounts: '',
    sizeKind: 'n',
    n: '25',
    share: '5',
    seed: newSeed(),
    stratify: false,
    weighted: false,
    avtal: '',
    autoThreshold: '10 000',
    capitalisation: '',
  };
}

export function ledgerRequest(form: LedgerForm): LedgerFormRequest {
  const settings: Partial<LedgerSettings> = {};
  if (form.avtal.trim() !== '') settings.avtal = form.avtal.trim();
  for (const [key, text, name] of [
    ['autoThreshold', form.autoThreshold, 'Gräns för automatiskt attesterade'],
    ['capitalisation', form.capitalisation, 'Aktiveringsgräns'],
  ] as const) {
    if (text.trim() === '') continue;
    const value = kronor(text);
    if (value === undefined) return { ok: false, message: `${name}: skriv ett belopp i kronor, t.ex. 29 400.` };
    settings[key] = value;
  }
  const request: ControlRequest = { settings };
  if (form.avtalFile) {
    if (!form.avtalFile.list.ok) return { ok: false, message: form.avtalFile.list.reason };
    request.avtalList = form.avtalFile.list;
  }
  if (form.sheet !== undefined) request.sheet = form.sheet;
  if (!form.sample) return { ok: true, request };
  const sample = sampleRequest(form);
  if (!sample.ok) return sample;
  request.sample = sample.sample;
  return { ok: true, request };
}

function sampleRequest(form: LedgerForm): { ok: true; sample: SampleRequest } | { ok: false; message: string } {
  let accounts;
  if (form.accounts.trim() !== '') {
    const parsed = parseAccountList(form.accounts);
    if (!parsed.ok) return { ok: false, message: `Konton: ${parsed.message}` };
    accounts = parsed.set;
  }
  let size: SampleRequest['size'];
  if (form.sizeKind === 'n') {
    if (!/^\s*\d{1,9}\s*$/.test(form.n) || Number(form.n) < 1) return { ok: false, message: 'Antal rader: skriv ett heltal, t.ex. 25.' };
    size = { n: Number(form.n) };
  } else {
    const parsed = parseSwedishNumber(form.share);
    const percent = parsed && (parsed.unit === undefined || parsed.unit === '%') ? parsed.value : NaN;
    if (!(percent > 0 && percent <= 100)) return { ok: false, message: 'Andel: skriv en procentsats över 0 och högst 100, t.ex. 5.' };
    size = { share: percent / 100 };
  }
  if (form.seed.trim() === '') return { ok: false, message: 'Frö: skriv ett tal eller en text, eller tryck Nytt frö.' };
  return {
    ok: true,
    sample: { ...(accounts ? { accounts } : {}), size, stratify: form.stratify, weighted: form.weighted, seed: seedFromText(form.seed) },
  };
}

function kronor(text: string): number | undefined {
  const parsed = parseSwedishNumber(text);
  if (!parsed || (parsed.unit !== undefined && parsed.unit !== 'kr') || parsed.value < 0) return undefined;
  return parsed.value;
}

/**
 * LibreOffice as a second, independent client of the copies Periodkoll writes: soffice opens each
 * .xlsx headless, recalculates every formula (a private profile sets "Recalculation on file load:
 * always" for OOXML, so cached <v> values are not trusted), and saves it again as .xlsx. The values
 * of that copy are LibreOffice's own results, read here straight from the sheet XML: numbers as
 * the exact doubles, text, booleans and error values (#DIV/0!) kept apart.
 *
 * All files of one test go through one soffice call (starting it takes seconds). A file LibreOffice
 * cannot open yields no output and is reported as such, with soffice's own output.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';

/** Set by .ci/run: a missing soffice is then a failure, not a skip. */
export const LIBREOFFICE_REQUIRED = process.env.PERIODKOLL_REQUIRE_LIBREOFFICE === '1';

export type LoValue = number | string | boolean | { error: string };

/** Sheet name → A1 address → value LibreOffice computed (empty cells are absent). */
export type LoWorkbook = Map<string, Map<string, LoValue>>;

export type LoOutcome = { ok: true; workbook: LoWorkbook } | { ok: false; message: string };

/** soffice from PERIODKOLL_SOFFICE, else the PATH, else Debian's place; undefined when not installed. */
export function findSoffice(): string | undefined {
  const own = process.env.PERIODKOLL_SOFFICE;
  if (own) return existsSync(own) ? own : undefined;
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'soffice'));
  return [...onPath, '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));
}

export function sofficeVersion(soffice: string): Promise<string> {
  return run(soffice, ['--version'], 30_000).then((r) => r.stdout.trim());
}

/** "Recalculation on file load" for Excel 2007 and newer: 0 = always (the default, 1, is never). */
const RECALC_ALWAYS = `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>`;

/**
 * Opens every file in LibreOffice, recalculates and reads back the values; `files` maps a file
 * name ("kopia.xlsx") to its bytes. One soffice run for all of them, with a fresh profile.
 */
export async function recalculateInLibreOffice(soffice: string, files: Record<string, Uint8Array>, timeoutMs = 150_000): Promise<Record<string, LoOutcome>> {
  const dir = await mkdtemp(join(tmpdir(), 'periodkoll-lo-'));
  try {
    const profile = join(dir, 'profile');
    const env = `-env:UserInstallation=${pathToFileURL(profile).href}`;
    // A profile that does not exist yet is created (and its settings file written over) on the
    // first start, so start once to create it, then switch recalculation on.
    await run(soffice, ['--headless', '--norestore', env, '--terminate_after_init'], timeoutMs);
    const xcu = join(profile, 'user', 'registrymodifications.xcu');
    const settings = await readFile(xcu, 'utf8');
    if (!settings.includes('</oor:items>')) throw new Error(`the fresh LibreOffice profile has no ${xcu} of the expected form`);
    await writeFile(xcu, settings.replace('</oor:items>', `${RECALC_ALWAYS}\n</oor:items>`));

    const input = join(dir, 'in');
    const output = join(dir, 'out');
    await mkdir(input);
    await mkdir(output);
    const names = Object.keys(files);
    for (const name of names) await writeFile(join(input, name), files[name]);
    const r = await run(soffice, ['--headless', '--norestore', env, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', output, ...names.map((n) => join(input, n))], timeoutMs);

    const outcomes: Record<string, LoOutcome> = {};
    for (const name of names) {
      const out = join(output, name.replace(/\.[^.]+$/, '') + '.xlsx');
      if (!existsSync(out)) {
        outcomes[name] = { ok: false, message: `LibreOffice could not open ${name} (exit ${r.code}).\nstdout: ${r.stdout}\nstderr: ${r.stderr}` };
        continue;
      }
      outcomes[name] = { ok: true, workbook: await readValues(await readFile(out)) };
    }
    return outcomes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && (error as { killed?: boolean }).killed) {
        reject(new Error(`${cmd} ${args.join(' ')} took more than ${timeoutMs} ms and was killed.\n${stderr}`));
        return;
      }
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : null) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** The values of a workbook as stored in its sheet XML (LibreOffice writes each formula's result). */
export async function readValues(bytes: Uint8Array): Promise<LoWorkbook> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => {
    const f = zip.file(path);
    if (!f) throw new Error(`${path} is missing from LibreOffice's copy`);
    return f.async('string');
  };
  const shared = zip.file('xl/sharedStrings.xml') ? [...(await text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1])) : [];
  const rels = new Map([...(await text('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], 'Id')!, attr(m[0], 'Target')!]));
  const result: LoWorkbook = new Map();
  for (const m of (await text('xl/workbook.xml')).matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(attr(m[0], 'name')!);
    const target = rels.get(attr(m[0], 'r:id')!)!;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const cells = new Map<string, LoValue>();
    for (const c of (await text(path)).matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(c[1], 'r')!;
      const type = attr(c[1], 't');
      const body = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      if (type === 'inlineStr') {
        cells.set(ref, textOf(body));
        continue;
      }
      if (v === undefined) continue;
      if (type === 's') cells.set(ref, shared[Number(v)]);
      else if (type === 'str') cells.set(ref, unescapeXml(v));
      else if (type === 'b') cells.set(ref, v === '1');
      else if (type === 'e') cells.set(ref, { error: unescapeXml(v) });
      else cells.set(ref, Number(v));
    }
    result.set(name, cells);
  }
  return result;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}="([^"]*)"`).exec(tag)?.[1];
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join('');
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    if (e === 'amp') return '&';
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** Equal within 1e-9 relative (absolute near zero). */
export function closeTo(actual: number, expected: number, relative = 1e-9): boolean {
  return Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected));
}

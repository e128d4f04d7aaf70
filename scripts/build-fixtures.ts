/**
 * Writes the test workbooks: tests/fixtures/clean/*.xlsx (real figures, DOMAIN §3),
 * tests/fixtures/planted/*.xlsx (one slip each) and tests/fixtures/planted/manifest.json.
 * Deterministic: running it again gives byte-identical files. Run with `npm run fixtures`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBadFixtures } from './build-bad-fixtures';
import { assertLedgerRoundsToPublished } from './fixtures/checkLedgerRounding';
import { CLEAN_WORKBOOKS, periodrapportKultur2025 } from './fixtures/cleanWorkbooks';
import { PLANTED_WORKBOOKS } from './fixtures/plantedWorkbooks';
import type { WorkbookSpec } from './fixtures/sheetSpec';
import { workbookBytes } from './fixtures/writeWorkbook';
import { writeLedgerFixtures } from './fixtures-ledger';
import { writeLedgerExportFixtures } from './fixtures-ledger-exports';
import { writeIkplanFixtures } from './fixtures-ikplan';
import { writePlanFixtures } from './fixtures-plan';
import { writeScenarioFixtures } from './fixtures-scenario';

const ROOT = join(__dirname, '..', 'tests', 'fixtures');
const CLEAN_DIR = join(ROOT, 'clean');
const PLANTED_DIR = join(ROOT, 'planted');

/** Empties a generated folder of its .xlsx files and manifest, so removed fixtures do not linger. */
function resetDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.xlsx') || name === 'manifest.json') rmSync(join(dir, name));
  }
}

async function write(dir: string, spec: WorkbookSpec): Promise<void> {
  writeFileSync(join(dir, spec.fileName), await workbookBytes(spec));
  console.log(`  ${join(dir, spec.fileName).slice(ROOT.length + 1)}`);
}

async function main(): Promise<void> {
  assertLedgerRoundsToPublished(periodrapportKultur2025().tables.resultatrapport);

  resetDir(CLEAN_DIR);
  resetDir(PLANTED_DIR);
  console.log('Clean fixtures:');
  for (const build of CLEAN_WORKBOOKS) await write(CLEAN_DIR, build().spec);

  console.log('Planted fixtures:');
  const manifest = [];
  const names = new Set<string>();
  for (const build of PLANTED_WORKBOOKS) {
    const { entry, spec } = build();
    if (names.has(entry.file)) throw new Error(`Duplicate planted fixture ${entry.file}`);
    names.add(entry.file);
    await write(PLANTED_DIR, spec);
    manifest.push(entry);
  }
  writeFileSync(join(PLANTED_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`  planted/manifest.json (${manifest.length} entries)`);

  console.log('Bad-input fixtures:');
  await buildBadFixtures();

  console.log('Ledger fixtures:');
  await writeLedgerFixtures();
  await writeLedgerExportFixtures();

  console.log('IK-plan fixtures:');
  await writeIkplanFixtures();
  await writePlanFixtures();

  console.log('Scenario fixtures:');
  await writeScenarioFixtures();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

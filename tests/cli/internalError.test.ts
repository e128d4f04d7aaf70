/** A bug in the engine must not pass for a verdict on the workbook: exit 3 and a message. */
import { mkdtemp, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { richWorkbook, toBytes } from '../host/file/xlsxFixtures';

jest.mock('../../src/core/engine/validate', () => ({
  validateWorkbook: () => {
    throw new Error('trasig regel');
  },
}));

it('an exception from the engine gives exit code 3 and "internt fel" on stderr', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'periodkoll-bug-'));
  const file = join(dir, 'rapport.xlsx');
  await writeFile(file, await toBytes(richWorkbook()));
  let out = '';
  let err = '';
  const code = await main(['check', file], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  expect(code).toBe(3);
  expect(out).toBe('');
  expect(err).toMatch(/^periodkoll: internt fel i Periodkoll: Error: trasig regel/);
  await rm(dir, { recursive: true, force: true });
});

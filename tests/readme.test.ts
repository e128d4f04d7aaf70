import { readFileSync } from 'fs';
import { join } from 'path';
import { RULES } from '../src/core/rules/catalogue';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('README stays true', () => {
  it('lists every rule of the catalogue with its severity', () => {
    for (const rule of RULES) expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
  });

  it('gives the set-up, start and test commands', () => {
    for (const cmd of ['npm install', 'npm start', 'npm test']) expect(readme).toContain(cmd);
  });

  it('stands on its own: no links outside the repository', () => {
    expect(readme).not.toMatch(/\]\((https?:|\.\.\/)/);
  });
});

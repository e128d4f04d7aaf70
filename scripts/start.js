#!/usr/bin/env node
// `npm start`: build once, then run the engine on the bundled example workbooks so a new user
// sees Periodkoll work straight away. The Excel task pane is served by this script once it exists.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'lib', 'cli', 'main.js');
const examples = path.join(root, 'tests', 'fixtures', 'clean');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status ?? 1;
}

if (!fs.existsSync(cli)) {
  console.log('Bygger Periodkoll (npm run build) …');
  if (run('npm', ['run', 'build']) !== 0) process.exit(1);
}
console.log(`\nKontrollerar exempelarbetsböckerna i ${path.relative(root, examples)} …\n`);
const code = run(process.execPath, [path.join(root, 'bin', 'periodkoll.js'), 'check', examples]);
console.log('\nEgna filer: npx periodkoll check <fil.xlsx|mapp> [--format json]');
// Exit code 1 only means "errors were found" (the real #DIVISION/0! in the example); that is a result, not a failure.
process.exit(code === 1 ? 0 : code);

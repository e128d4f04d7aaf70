#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in lib/ after `npm run build`.
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('Periodkoll är inte byggt ännu. Kör först: npm run build\n');
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => process.exit(code));

// The CLI keeps the user's index values under their config folder. Every test file gets a fresh,
// empty one, so a developer's own stored values never change a test and no test touches them.
const { mkdtempSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');

process.env.PERIODKOLL_CONFIG_DIR = mkdtempSync(join(tmpdir(), 'periodkoll-config-'));

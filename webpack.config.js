// The add-in and the stand-alone page, built into dist/:
//   taskpane.html + taskpane.js   the pane; one bundle for Excel and for the plain browser
//   office-loader.js              blocking script in taskpane.html: office.js only inside Office
//   commands.html + commands.js   the ribbon's FunctionFile
//   help.html, assets/, manifest.xml (URLs rewritten), examples/ (the "Öppna exempel" workbook)
//   office-js/                    office.js and the Excel files it loads, served from our origin
// Building the pane also proves src/core and the file reader stay free of Node built-ins:
// webpack 5 refuses `fs`/`path` without polyfills.
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { contentSecurityPolicy } = require('./scripts/csp');

/** The base URL written in manifest.xml; the ONE place to change for a production server. */
const DEV_URL = 'https://localhost:3000';
const PUBLIC_URL = (process.env.PERIODKOLL_PUBLIC_URL || DEV_URL).replace(/\/+$/, '');
if (!/^https:\/\/[^/]+/i.test(PUBLIC_URL)) {
  throw new Error(`PERIODKOLL_PUBLIC_URL must be an https:// URL (Office loads add-ins over HTTPS only), got "${PUBLIC_URL}"`);
}

/** manifest.xml with every URL on PUBLIC_URL; an <AppDomain> takes the origin only. */
function manifestForPublicUrl(content) {
  return content
    .toString()
    .split(`<AppDomain>${DEV_URL}</AppDomain>`)
    .join(`<AppDomain>${new URL(PUBLIC_URL).origin}</AppDomain>`)
    .split(DEV_URL)
    .join(PUBLIC_URL);
}

/**
 * Where the pane loads office.js from, inside Office only. Default: our own origin (copied from
 * @microsoft/office-js), so the add-in makes no request to any other server. Set
 * PERIODKOLL_OFFICE_JS_URL=https://appsforoffice.microsoft.com/lib/1/hosted/office.js to use
 * Microsoft's CDN instead (required for AppSource); then nothing is copied.
 */
const OFFICE_JS_URL = process.env.PERIODKOLL_OFFICE_JS_URL || 'office-js/office.js';
const OFFICE_JS_LOCAL = !/^[a-z]+:/i.test(OFFICE_JS_URL);
/** The Content-Security-Policy every page carries in a <meta> tag (scripts/csp.js; serve.js sends it as a header too). */
const CSP = contentSecurityPolicy({ officeJsUrl: OFFICE_JS_URL });
const OFFICE_JS_DIR = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/**
 * The part of @microsoft/office-js an Excel task pane needs (about 10 MB of its 86 MB): office.js,
 * the Excel host files it picks by platform and version, its strings per Office UI language, and
 * the telemetry/auth helpers the Excel files may ask for. No debug builds, no other Office apps.
 */
const OFFICE_JS_FILES = [
  /^office\.js$/,
  /^o15apptofilemappingtable\.js$/,
  /^es6-promise\.js$/,
  /^excel[a-z0-9.-]*\.js$/,
  /^[a-z]{2,3}(-[a-z0-9]+)*\/office_strings\.js$/,
  /^(telemetry|ariatelemetry|webauth)\/[^/]+\.js$/,
];

function isNeededOfficeJsFile(file) {
  const relative = path.relative(OFFICE_JS_DIR, file).split(path.sep).join('/');
  return !relative.endsWith('.debug.js') && OFFICE_JS_FILES.some((re) => re.test(relative));
}

/**
 * ExcelJS arrives pre-minified (its "browser" build, about 1 MB). It gets a chunk of its own that
 * the minimizer is told to skip: minifying it again only cost a minute of build time.
 */
class SkipMinifyingPrebuilt {
  constructor(chunkName) {
    this.file = `${chunkName}.js`;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SkipMinifyingPrebuilt', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'SkipMinifyingPrebuilt', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        () => {
          if (compilation.getAsset(this.file)) compilation.updateAsset(this.file, (source) => source, { minimized: true });
        },
      );
    });
  }
}

/** The example workbook behind "Öppna exempel" (src/standalone/example.ts names the same file). */
const EXAMPLE_WORKBOOK = 'tests/fixtures/clean/periodrapport-kultur-2025.xlsx';

module.exports = (_env, argv = {}) => {
  const mode = argv.mode || 'production';
  const dev = mode === 'development';
  return {
    mode,
    // Never an eval-based devtool: the pages' CSP forbids eval, in development too.
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      'office-loader': './src/standalone/officeLoader.ts',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    optimization: {
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'all', enforce: true },
        },
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: {
            configFile: 'tsconfig.json',
            // Type checking is `npm run typecheck`; ES modules let webpack drop unused Fluent UI.
            transpileOnly: true,
            compilerOptions: { module: 'es2020', sourceMap: dev },
          },
        },
      ],
    },
    plugins: [
      new SkipMinifyingPrebuilt('exceljs'),
      new webpack.DefinePlugin({ __OFFICE_JS_URL__: JSON.stringify(OFFICE_JS_URL) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/standalone/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
        templateParameters: { csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJsUrl: OFFICE_JS_URL, csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/standalone/help.html',
        chunks: [],
        inject: false,
        templateParameters: { csp: CSP },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: EXAMPLE_WORKBOOK, to: 'examples/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: manifestForPublicUrl,
          },
          ...(OFFICE_JS_LOCAL
            ? [{ from: OFFICE_JS_DIR, to: path.dirname(OFFICE_JS_URL), filter: isNeededOfficeJsFile, info: { minimized: true } }]
            : []),
        ],
      }),
    ],
    performance: { hints: false },
    stats: dev ? 'errors-warnings' : 'normal',
  };
};

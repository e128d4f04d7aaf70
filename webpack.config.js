// The add-in and the stand-alone page, built into dist/:
//   taskpane.html + taskpane.js   the pane; one bundle for Excel and for the plain browser. In
//                                 Excel it is the add-in's shared runtime: the ribbon's
//                                 FunctionFile and the worksheet functions' page too
//   functions.json                the worksheet functions' metadata, from src/functions/functions.ts
//   office-loader.js              blocking script in taskpane.html: office.js only inside Office
//   help.html, assets/, manifest.xml (URLs rewritten and checked), examples/ (the "Öppna exempel" workbook)
//   office-js/                    development only: office.js and the Excel files it loads, served
//                                 from our origin (production loads them from Microsoft's CDN)
// Building the pane also proves src/core and the file reader stay free of Node built-ins:
// webpack 5 refuses `fs`/`path` without polyfills.
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { contentSecurityPolicy, OFFICE_JS_CDN_URL } = require('./scripts/csp');
const { FunctionsMetadataPlugin } = require('./scripts/functionsMetadata');
const { parsePublicUrl, manifestForPublicUrl } = require('./scripts/publicUrl');
const { ManifestCheckPlugin } = require('./scripts/manifestCheck');

/** The base URL written in manifest.xml (scripts/publicUrl.js); the ONE setting for a production server. */
const PUBLIC_URL = parsePublicUrl(process.env.PERIODKOLL_PUBLIC_URL);

/** Where a development build serves its copy of office.js (under dist/). */
const OFFICE_JS_LOCAL_URL = 'office-js/office.js';

/**
 * Where the pages load office.js from, inside Office only.
 * Production: Microsoft's CDN, the reference Microsoft requires of published add-ins. Excel answers
 * isSetSupported from the host, but the API objects come from the loaded script files: the
 * package's copy stops at ExcelApi 1.15, so on a current Excel that reports 1.18 members such as
 * Worksheet.notes would be missing. The CDN serves files that match the running Excel.
 * Development: the package's copy, served from our origin, so development works offline.
 * PERIODKOLL_OFFICE_JS_URL overrides both: an https:// URL, or a path under dist/ such as
 * office-js/office.js, which gets the package's copy (an offline or self-hosted production build).
 */
function officeJsUrlFor(dev) {
  const url = process.env.PERIODKOLL_OFFICE_JS_URL || (dev ? OFFICE_JS_LOCAL_URL : OFFICE_JS_CDN_URL);
  const local = !/^[a-z][a-z0-9+.-]*:/i.test(url);
  // A local path is copied to its folder under dist/, so it must stay inside dist/ and name office.js.
  const valid = local
    ? /^([\w.-]+\/)*office\.js$/.test(url) && !url.split('/').some((part) => part === '..' || part === '.')
    : /^https:\/\/[^/]+\/.+/i.test(url);
  if (!valid) {
    throw new Error(
      `PERIODKOLL_OFFICE_JS_URL must be an https:// URL or a relative path ending in office.js (e.g. ${OFFICE_JS_LOCAL_URL}), got "${url}"`,
    );
  }
  return { url, local };
}

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
  const officeJs = officeJsUrlFor(dev);
  /** The Content-Security-Policy every page carries in a <meta> tag (scripts/csp.js; serve.js sends it as a header too). */
  const csp = contentSecurityPolicy({ officeJsUrl: officeJs.url });
  return {
    mode,
    // Never an eval-based devtool: the pages' CSP forbids eval, in development too.
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      'office-loader': './src/standalone/officeLoader.ts',
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
      new FunctionsMetadataPlugin(),
      new webpack.DefinePlugin({ __OFFICE_JS_URL__: JSON.stringify(officeJs.url) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/standalone/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
        templateParameters: { csp },
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/standalone/help.html',
        chunks: [],
        inject: false,
        templateParameters: { csp },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: EXAMPLE_WORKBOOK, to: 'examples/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestForPublicUrl(content, PUBLIC_URL),
          },
          ...(officeJs.local
            ? [{ from: OFFICE_JS_DIR, to: path.dirname(officeJs.url), filter: isNeededOfficeJsFile, info: { minimized: true } }]
            : []),
        ],
      }),
      new ManifestCheckPlugin({ publicUrl: PUBLIC_URL }),
    ],
    performance: { hints: false },
    stats: dev ? 'errors-warnings' : 'normal',
  };
};

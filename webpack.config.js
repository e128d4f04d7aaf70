// Browser bundle of the engine. Building it also proves src/core stays free of Node built-ins:
// webpack 5 refuses `fs`/`path` without polyfills. The task pane joins this config with the add-in.
const path = require('path');

module.exports = (_env, argv) => ({
  mode: argv.mode || 'production',
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: { 'periodkoll-core': './src/core/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    library: { name: 'Periodkoll', type: 'umd' },
    globalObject: 'globalThis',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', exclude: /node_modules/, options: { configFile: 'tsconfig.build.json', transpileOnly: true } }],
  },
  performance: { hints: false },
});

// functions.json, the custom functions' metadata, generated from the JSDoc @customfunction tags in
// src/functions/functions.ts by Microsoft's custom-functions-metadata (its generator only; its
// webpack plugin is not used because its loader appends bare CustomFunctions.associate calls,
// which would throw in the stand-alone page where there is no CustomFunctions global;
// src/functions/register.ts associates only inside Excel).
const path = require('path');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata/lib/generate');

const FUNCTIONS_SOURCE = path.join(__dirname, '..', 'src', 'functions', 'functions.ts');
const METADATA_FILE = 'functions.json';

/** { metadata, associate: [{ id, functionName }], errors } for the functions file. */
async function generateFunctionsMetadata(source = FUNCTIONS_SOURCE) {
  const result = await generateCustomFunctionsMetadata(source);
  return {
    metadata: result.metadataJson ? JSON.parse(result.metadataJson) : undefined,
    associate: result.associate.map(({ id, functionName }) => ({ id, functionName })),
    errors: result.errors,
  };
}

/** Emits functions.json beside the pages; a JSDoc the generator refuses fails the build. */
class FunctionsMetadataPlugin {
  apply(compiler) {
    const { webpack } = compiler;
    compiler.hooks.thisCompilation.tap('FunctionsMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'FunctionsMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          compilation.fileDependencies.add(FUNCTIONS_SOURCE);
          const { metadata, errors } = await generateFunctionsMetadata();
          if (errors.length > 0 || !metadata) {
            for (const e of errors.length > 0 ? errors : ['no @customfunction found']) {
              compilation.errors.push(new webpack.WebpackError(`${path.relative(process.cwd(), FUNCTIONS_SOURCE)}: ${e}`));
            }
            return;
          }
          compilation.emitAsset(METADATA_FILE, new webpack.sources.RawSource(`${JSON.stringify(metadata, null, 2)}\n`));
        },
      );
    });
  }
}

module.exports = { generateFunctionsMetadata, FunctionsMetadataPlugin, FUNCTIONS_SOURCE, METADATA_FILE };

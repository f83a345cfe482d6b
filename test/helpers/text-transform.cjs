// Jest transform for data files the build bundles as text (tsup.config.ts `loader`): the module is the file's content.
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)};` };
  },
};

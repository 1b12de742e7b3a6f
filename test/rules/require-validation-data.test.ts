import rule from '../../rules/require-validation-data.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";
const fitFix = 'pass `validationSplit: 0.2` (the last 20% of the rows) or `validationData: [xVal, yVal]`';
const fitDatasetFix = 'pass `validationData: validationDataset` (fitDataset has no validationSplit)';

ruleTester.run('require-validation-data', rule, {
  valid: [
    { name: 'fit with validationSplit', code: `${tfjs}const model = tf.sequential();\nawait model.fit(xs, ys, { epochs: 5, validationSplit: 0.2 });` },
    { name: 'fit with validationData', code: `${tfjs}const model = tf.sequential();\nawait model.fit(xs, ys, { validationData: [xv, yv] });` },
    { name: 'fitDataset with validationData', code: `${tfjs}const model = tf.sequential();\nawait model.fitDataset(train, { epochs: 3, validationData: val });` },
    { name: 'options held in a same-module const', code: `${tfjs}const opts = { epochs: 3, validationSplit: 0.1 };\nconst model = tf.sequential();\nmodel.fit(xs, ys, opts);` },
    { name: 'options from a parameter cannot be judged', code: `${tfjs}function train(model, opts) { return model.fit(xs, ys, opts); }` },
    { name: 'options with a spread cannot be judged', code: `${tfjs}const model = tf.sequential();\nmodel.fit(xs, ys, { ...base, epochs: 3 });` },
    { name: 'a non-literal split gets the benefit of the doubt', code: `${tfjs}const model = tf.sequential();\nmodel.fit(xs, ys, { validationSplit: cfg.split });` },
    { name: 'fit of something that is not a tfjs model', code: `${tfjs}const scaler = new StandardScaler();\nscaler.fit(xs, ys);` },
    { name: 'fit in a module that does not import tfjs', code: 'function f(model) { return model.fit(xs, ys); }' },
    { name: 'a local variable named tf', code: 'const tf = fake();\nconst model = tf.sequential();\nmodel.fit(xs, ys);' },
    {
      name: 'test files are not reported',
      code: `${tfjs}const model = tf.sequential();\nmodel.fit(xs, ys);`,
      filename: 'src/__tests__/model.test.ts',
    },
    {
      name: 'test files from settings',
      code: `${tfjs}const model = tf.sequential();\nmodel.fit(xs, ys);`,
      filename: 'e2e/smoke.ts',
      settings: { 'ml-debt': { testFiles: ['e2e/**'] } },
    },
  ],
  invalid: [
    {
      name: 'fit without options',
      code: `${tfjs}const model = tf.sequential();\nawait model.fit(xs, ys);`,
      errors: [{ messageId: 'missingValidationData', line: 3, data: { name: 'model.fit', fix: fitFix } }],
    },
    {
      name: 'fit with options but no validation',
      code: `${tfjs}const model = tf.sequential();\nawait model.fit(xs, ys, { epochs: 10, batchSize: 32 });`,
      errors: [{ messageId: 'missingValidationData', data: { name: 'model.fit', fix: fitFix } }],
    },
    {
      name: 'options held in a const',
      code: `${tfjs}const opts = { epochs: 3 };\nconst model = tf.sequential();\nmodel.fit(xs, ys, opts);`,
      errors: [{ messageId: 'missingValidationData' }],
    },
    {
      name: 'validationSplit of 0 holds nothing out',
      code: `${tfjs}const model = tf.sequential();\nmodel.fit(xs, ys, { validationSplit: 0 });`,
      errors: [{ messageId: 'emptyValidationData', data: { name: 'model.fit', option: 'validationSplit', value: '0', fix: fitFix } }],
    },
    {
      name: 'validationData: undefined holds nothing out',
      code: `${tfjs}const model = tf.sequential();\nmodel.fitDataset(ds, { epochs: 2, validationData: undefined });`,
      errors: [{ messageId: 'emptyValidationData', data: { name: 'model.fitDataset', option: 'validationData', value: 'undefined', fix: fitDatasetFix } }],
    },
    {
      name: 'fitDataset without validationData (validationSplit does not apply)',
      code: `${tfjs}const model = tf.sequential();\nawait model.fitDataset(ds, { epochs: 3, validationSplit: 0.2 });`,
      errors: [{ messageId: 'missingValidationData', data: { name: 'model.fitDataset', fix: fitDatasetFix } }],
    },
    {
      name: 'a model built by a helper',
      code: `${tfjs}const model = createModel();\nawait model.fit(trainXs, trainYs, { epochs: 4 });`,
      errors: [{ messageId: 'missingValidationData' }],
    },
    {
      name: 'a loaded model',
      code: `${tfjs}const model = await tf.loadLayersModel('file://m/model.json');\nawait model.fit(xs, ys, { epochs: 1 });`,
      errors: [{ messageId: 'missingValidationData' }],
    },
    {
      name: 'CommonJS tfjs-node',
      code: "const tf = require('@tensorflow/tfjs-node');\nconst model = tf.sequential();\nmodel.fit(xs, ys);",
      errors: [{ messageId: 'missingValidationData' }],
    },
    {
      name: 'aliased named import',
      code: "import { sequential as seq } from '@tensorflow/tfjs-layers';\nconst m = seq();\nm.fit(xs, ys, {});",
      errors: [{ messageId: 'missingValidationData', data: { name: 'm.fit', fix: fitFix } }],
    },
    {
      name: 'the tf global of a script-tag page',
      code: 'const model = tf.sequential();\nmodel.fit(xs, ys);',
      errors: [{ messageId: 'missingValidationData' }],
    },
    {
      name: 'TypeScript syntax',
      code: `${tfjs}const model: tf.Sequential = tf.sequential();\nawait model.fit(xs as tf.Tensor, ys!, { epochs: 2 } as tf.ModelFitArgs);`,
      errors: [{ messageId: 'missingValidationData' }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();
const notTests = { 'ml-debt': { testFiles: [] } };

typedRuleTester.run('require-validation-data (typed)', rule, {
  valid: [
    {
      name: 'fit on a type that is not a LayersModel',
      code: `${tfjs}class Scaler { fit(a: unknown, b: unknown) {} }\nexport function f(s: Scaler) { s.fit(1, 2); }`,
      settings: notTests,
    },
  ],
  invalid: [
    {
      name: 'a LayersModel parameter, known by its type',
      code: `${tfjs}export async function train(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor) {\n  await model.fit(xs, ys, { epochs: 3 });\n}`,
      settings: notTests,
      errors: [{ messageId: 'missingValidationData', line: 3 }],
    },
  ],
});

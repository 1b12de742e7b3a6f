import rule from '../../rules/no-duplicated-feature-list.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const typedRuleTester = createTypedRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";
const notTests = { 'ml-debt': { testFiles: [] } };
// RuleTester lints from test/fixtures (paths are relative to it). The fixture program holds feature-lists/train.ts, serve.ts and model_test.ts besides the file under test.
const fixtureTests = { 'ml-debt': { testFiles: ['feature-lists/*_test.ts'] } };

typedRuleTester.run('no-duplicated-feature-list', rule, {
  valid: [
    { name: 'a list no other module has', code: `${tfjs}export const FEATURES = ['age', 'plan', 'seats'];`, settings: notTests },
    { name: 'a subset of another module\'s list', code: `${tfjs}export const FEATURES = ['tenure', 'monthlyCharges'];`, settings: notTests, options: [{ minItems: 2 }] },
    {
      name: 'a list that repeats only a test fixture',
      code: `${tfjs}export const FEATURES = ['age', 'income', 'region'];`,
      settings: fixtureTests,
    },
    { name: 'a string list that is not a feature list', code: `${tfjs}export const stats = ['min', 'max', 'mean', 'std'];`, settings: notTests },
    { name: 'a module that is not ML code', code: "export const FEATURES = ['tenure', 'monthlyCharges', 'totalCharges'];", settings: notTests },
    {
      name: 'the feature schema module itself',
      code: `${tfjs}export const FEATURES = ['tenure', 'monthlyCharges', 'totalCharges'];`,
      settings: { 'ml-debt': { testFiles: [], featureSchemaFiles: ['file.ts'] } },
    },
    { name: 'an imported list', code: `${tfjs}import { TRAINING_FEATURES } from './feature-lists/train.js';\nexport const x = TRAINING_FEATURES;`, settings: notTests },
  ],
  invalid: [
    {
      name: 'the same names as another module, in another order',
      code: `${tfjs}export const FEATURES = ['monthlyCharges', 'tenure', 'totalCharges'];`,
      settings: fixtureTests,
      errors: [
        {
          messageId: 'duplicatedFeatureList',
          line: 2,
          data: { list: '`FEATURES`', module: 'feature-lists/serve.ts', line: 2, more: ' and 1 more' },
        },
      ],
    },
    {
      name: 'a list used to build a feature vector',
      code: `${tfjs}export function input(row: Record<string, number>) {\n  return tf.tensor2d([['age', 'income', 'region'].map((k) => row[k])]);\n}`,
      settings: notTests,
      errors: [{ messageId: 'duplicatedFeatureList', line: 3, data: { list: 'used to build a feature vector', module: 'feature-lists/model_test.ts', line: 2, more: '' } }],
    },
    {
      name: 'options: minItems and names',
      code: `${tfjs}export const signals = ['tenure', 'totalCharges', 'monthlyCharges'];`,
      settings: fixtureTests,
      options: [{ minItems: 3, names: ['signals'] }],
      errors: [{ messageId: 'duplicatedFeatureList' }],
    },
  ],
});

const ruleTester = createRuleTester();

ruleTester.run('no-duplicated-feature-list (untyped)', rule, {
  valid: [{ name: 'does nothing without type information', code: `${tfjs}export const FEATURES = ['tenure', 'monthlyCharges', 'totalCharges'];` }],
  invalid: [],
});

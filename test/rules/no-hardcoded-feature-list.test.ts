import rule from '../../rules/no-hardcoded-feature-list.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";
const danfo = "import * as dfd from 'danfojs-node';\n";
const ort = "import * as ort from 'onnxruntime-node';\n";

ruleTester.run('no-hardcoded-feature-list', rule, {
  valid: [
    { name: 'a list in the feature schema module (default pattern)', code: `${tfjs}export const FEATURES = ['a', 'b', 'c'];`, filename: 'src/features.ts' },
    { name: 'a list in a *.schema file', code: `${tfjs}export const columns = ['a', 'b', 'c'];`, filename: 'src/churn.schema.js' },
    { name: 'a list under schema/', code: `${tfjs}export const features = ['a', 'b', 'c'];`, filename: 'src/schema/index.ts' },
    {
      name: 'a feature schema module from settings',
      code: `${tfjs}export const features = ['a', 'b', 'c'];`,
      filename: 'lib/model-inputs.ts',
      settings: { 'ml-debt': { featureSchemaFiles: ['lib/model-inputs.ts'] } },
    },
    { name: 'test files', code: `${tfjs}const features = ['a', 'b', 'c'];`, filename: 'src/model.test.ts' },
    { name: 'a module that is not ML code', code: "const features = ['a', 'b', 'c'];" },
    { name: 'an imported list', code: `${tfjs}import { FEATURES } from './features.js';\nconst xs = tf.tensor2d(rows.map((row) => FEATURES.map((n) => row[n])));` },
    { name: 'class names', code: `${tfjs}const CLASS_NAMES = ['cat', 'dog', 'bird'];\nconst classes = ['a', 'b', 'c'];` },
    { name: 'label lists, even when used as columns', code: `${danfo}const labelColumns = ['churned', 'upgraded', 'left'];\ndf.loc({ columns: labelColumns });` },
    { name: 'fewer than three names', code: `${tfjs}const features = ['a', 'b'];` },
    { name: 'a list that is not all string literals', code: `${tfjs}const features = ['a', 'b', name];` },
    { name: 'a string list with another name, used otherwise', code: `${tfjs}const sizes = ['s', 'm', 'l'];\nconsole.log(sizes.join(','));` },
    { name: 'map that does not index a row', code: `${tfjs}const units = ['a', 'b', 'c'].map((u) => u.toUpperCase());` },
    { name: 'a columnConfigs object of fewer than three feature keys', code: `${tfjs}tf.data.csv(url, { columnConfigs: { a: {}, b: {}, y: { isLabel: true } } });` },
    { name: 'columns of a call that is not danfo', code: "const sizes = ['s', 'm', 'l'];\ntable.loc({ columns: sizes });" },
    { name: 'a minItems option above the list size', code: `${tfjs}const features = ['a', 'b', 'c'];`, options: [{ minItems: 4 }] },
    { name: 'a names option that leaves out the name', code: `${tfjs}const inputs = ['a', 'b', 'c'];`, options: [{ names: ['features'] }] },
  ],
  invalid: [
    {
      name: 'a const named FEATURES in a training module',
      code: `${tfjs}export const FEATURES = ['tenure', 'monthlyCharges', 'totalCharges'];`,
      errors: [{ messageId: 'hardcodedFeatureList', line: 2, column: 25, data: { list: '`FEATURES`', count: 3 } }],
    },
    {
      name: 'names that end with a feature-list word',
      code: `${tfjs}const numericFeatures = ['a', 'b', 'c'];\nlet featureColumns = ['d', 'e', 'f'];\nconst INPUT_FIELDS = ['g', 'h', 'i'];\nconst cols = ['j', 'k', 'l'];`,
      errors: [
        { messageId: 'hardcodedFeatureList', data: { list: '`numericFeatures`', count: 3 } },
        { messageId: 'hardcodedFeatureList', data: { list: '`featureColumns`', count: 3 } },
        { messageId: 'hardcodedFeatureList', data: { list: '`INPUT_FIELDS`', count: 3 } },
        { messageId: 'hardcodedFeatureList', data: { list: '`cols`', count: 3 } },
      ],
    },
    {
      name: 'an object property and an assignment to this',
      code: `${tfjs}const config = { features: ['a', 'b', 'c'] };\nclass P { constructor() { this.featureNames = ['d', 'e', 'f']; } }`,
      errors: [
        { messageId: 'hardcodedFeatureList', data: { list: '`features`', count: 3 } },
        { messageId: 'hardcodedFeatureList', data: { list: '`featureNames`', count: 3 } },
      ],
    },
    {
      name: 'as const and Object.freeze',
      code: `${tfjs}const FEATURES = ['a', 'b', 'c'] as const;\nconst COLUMNS = Object.freeze(['d', 'e', 'f']);`,
      errors: [{ messageId: 'hardcodedFeatureList' }, { messageId: 'hardcodedFeatureList' }],
    },
    {
      name: 'passed inline to danfo loc',
      code: `${danfo}const df = await dfd.readCSV('data.csv');\nconst x = df.loc({ columns: ['age', 'income', 'tenure'] });`,
      errors: [{ messageId: 'hardcodedFeatureList', line: 3, data: { list: '`columns`', count: 3 } }],
    },
    {
      name: 'an inline list of any name passed as the argument of a column option',
      code: `${danfo}const x = df.loc({ rows: [0, 1], columns: [\`a\`, 'b', 'c'] }, ['x', 'y', 'z']);\nconst chosen = df.loc({ columns: (['a', 'b', 'c'] as string[]) });`,
      errors: [{ messageId: 'hardcodedFeatureList', line: 2, column: 43 }, { messageId: 'hardcodedFeatureList', line: 3 }],
    },
    {
      name: 'a list of any name held in a const and passed to danfo drop',
      code: `${danfo}const keep = ['age', 'income', 'tenure'];\nconst x = frame.drop({ columns: keep });`,
      errors: [{ messageId: 'hardcodedFeatureList', line: 2, data: { list: '`keep`', count: 3 } }],
    },
    {
      name: 'danfo DataFrame columns and getDummies columns (dfd global)',
      code: "const df = new dfd.DataFrame(rows, { columns: ['a', 'b', 'c'] });\nconst encoded = dfd.getDummies(df, { columns: ['d', 'e', 'f'] });",
      errors: [{ messageId: 'hardcodedFeatureList', line: 1 }, { messageId: 'hardcodedFeatureList', line: 2 }],
    },
    {
      name: 'tf.data.csv columnNames and the feature keys of columnConfigs',
      code: `${tfjs}const ds = tf.data.csv(url, {\n  columnNames: ['a', 'b', 'c', 'y'],\n  columnConfigs: { a: { dtype: 'float32' }, b: {}, c: {}, y: { isLabel: true } },\n});`,
      errors: [
        { messageId: 'hardcodedFeatureList', line: 3, data: { list: '`columnNames`', count: 4 } },
        { messageId: 'hardcodedFeatureList', line: 4, data: { list: 'passed as columns', count: 3 } },
      ],
    },
    {
      name: 'iterated to build a feature vector',
      code: `${tfjs}const keys = ['tenure', 'charges', 'calls'];\nconst xs = tf.tensor2d(rows.map((row) => keys.map((k) => Number(row[k]))));`,
      errors: [{ messageId: 'hardcodedFeatureList', line: 2, data: { list: '`keys`', count: 3 } }],
    },
    {
      name: 'an inline list mapped over a row',
      code: `${tfjs}const vector = ['a', 'b', 'c'].map((name) => row[name]);`,
      errors: [{ messageId: 'hardcodedFeatureList', data: { list: 'used to build a feature vector', count: 3 } }],
    },
    {
      name: 'a for-of loop that picks values out of a row',
      code: `${tfjs}const order = ['a', 'b', 'c'];\nfor (const name of order) vector.push(row[name]);`,
      errors: [{ messageId: 'hardcodedFeatureList', data: { list: '`order`', count: 3 } }],
    },
    {
      name: 'an inference server (onnxruntime) is ML code too',
      code: `${ort}const FEATURE_NAMES = ['a', 'b', 'c'];`,
      errors: [{ messageId: 'hardcodedFeatureList' }],
    },
    {
      name: 'CommonJS',
      code: "const tf = require('@tensorflow/tfjs-node');\nconst features = ['a', 'b', 'c'];",
      errors: [{ messageId: 'hardcodedFeatureList' }],
    },
    {
      name: 'a module listed in mlFiles',
      code: "const features = ['a', 'b', 'c'];",
      filename: 'src/pipeline/prepare.js',
      settings: { 'ml-debt': { mlFiles: ['src/pipeline/**'] } },
      errors: [{ messageId: 'hardcodedFeatureList' }],
    },
    {
      name: 'test file patterns from settings replace the defaults',
      code: `${tfjs}const features = ['a', 'b', 'c'];`,
      filename: 'src/model.test.ts',
      settings: { 'ml-debt': { testFiles: ['e2e/**'] } },
      errors: [{ messageId: 'hardcodedFeatureList' }],
    },
    {
      name: 'minItems, names and labelNames options',
      code: `${tfjs}const signals = ['a', 'b'];\nconst targets = ['c', 'd'];`,
      options: [{ minItems: 2, names: ['signals', 'targets'], labelNames: ['outcome'] }],
      errors: [{ messageId: 'hardcodedFeatureList', data: { list: '`signals`', count: 2 } }, { messageId: 'hardcodedFeatureList', data: { list: '`targets`', count: 2 } }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('no-hardcoded-feature-list (typed)', rule, {
  valid: [],
  invalid: [
    {
      name: 'typed code reports the same way',
      code: `${tfjs}export const FEATURES: readonly string[] = ['a', 'b', 'c'];`,
      settings: { 'ml-debt': { testFiles: [] } },
      errors: [{ messageId: 'hardcodedFeatureList' }],
    },
  ],
});

// Rule options, for whatever rules the plugin has: defaults pass ESLint's schema validation, random options drawn
// from each schema pass too, and a wrong option stops the lint with ESLint's schema error naming the rule.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../bench/random.js';
import plugin from '../src/index.js';
import { defaultOptions, optionsSchema, randomOptions, sampleSchema, schemaErrorOf } from './robustness/rule-options.js';
import type { RuleMetaLike, Schema } from './robustness/rule-options.js';

const ruleIds = Object.keys(plugin.rules);
const ruleOf = (id: string): RuleMetaLike => (plugin.rules as Record<string, RuleMetaLike>)[id];

function lintWithOptions(id: string, options: readonly unknown[]): () => void {
  return () =>
    new Linter().verify(
      'const x = 1;',
      [{ plugins: { 'ml-debt': plugin as never }, rules: { [`ml-debt/${id}`]: ['error', ...options] } }],
      'file.js',
    );
}

describe('options of every rule', () => {
  it.each(ruleIds)('%s: the default options pass ESLint schema validation', (id) => {
    expect(schemaErrorOf(ruleOf(id).meta, defaultOptions(ruleOf(id)))).toBeUndefined();
  });

  it.each(ruleIds)('%s: random options drawn from the schema pass ESLint schema validation', (id) => {
    const random = createRandom(`options:${id}`);
    for (let sample = 0; sample < 25; sample++) {
      const options = randomOptions(ruleOf(id), random);
      expect(schemaErrorOf(ruleOf(id).meta, options), JSON.stringify(options)).toBeUndefined();
    }
  });

  // typescript-eslint's schemas.test.ts check: an arbitrary key must be rejected, which forces
  // `additionalProperties: false` (or no options at all) on every rule.
  it.each(ruleIds)('%s: an unknown option is rejected with ESLint\'s schema error naming the rule', (id) => {
    expect(lintWithOptions(id, [{ 'options.test.ts': true }])).toThrow(
      new RegExp(`^Key "rules": Key "ml-debt/${id}":\\n\\tValue .+ should `, 'u'),
    );
  });

  it.each(ruleIds)('%s: one option more than the schema has positions is rejected with ESLint\'s schema error', (id) => {
    // The array form (every rule's, and what ESLint builds from it) lists one schema per position.
    const schema = optionsSchema(ruleOf(id));
    const positions = Array.isArray(schema?.items) ? schema.items : [];
    const random = createRandom(`too-many:${id}`);
    const options = [...positions.map((position) => sampleSchema(position, random, schema)), 'one too many'];
    expect(lintWithOptions(id, options)).toThrow(
      new RegExp(`^Key "rules": Key "ml-debt/${id}":\\n\\tValue .+ should NOT have more than ${positions.length} items`, 'u'),
    );
  });
});

// The sampler must hold for option shapes the current rules do not use yet, so it is checked on its own.
describe('random options drawn from a schema', () => {
  const schemas: Record<string, Schema[] | Schema> = {
    'no options': [],
    'an enum string': [{ type: 'string', enum: ['always', 'never'] }],
    'an object of booleans, numbers and string lists': [
      {
        type: 'object',
        properties: {
          allowInTests: { type: 'boolean', description: 'd' },
          maxDepth: { type: 'integer', minimum: 1, maximum: 5, description: 'd' },
          ratio: { type: 'number', minimum: 0, exclusiveMaximum: true, maximum: 1, description: 'd' },
          modules: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'd' },
          mode: { enum: ['strict', 'loose'], description: 'd' },
        },
        required: ['mode'],
        additionalProperties: false,
      },
    ],
    'two positional options with $ref and oneOf': [
      { oneOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'integer', minimum: 0 }] },
      { $ref: '#/items/0' },
    ],
    'the object form with definitions': {
      type: 'array',
      definitions: { names: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 } },
      items: [{ type: 'object', properties: { names: { $ref: '#/definitions/names' } }, additionalProperties: false }],
      minItems: 0,
      maxItems: 1,
    },
  };

  it.each(Object.entries(schemas))('samples valid options for %s', (_name, schema) => {
    const random = createRandom(`sampler:${_name}`);
    const meta = { schema };
    for (let sample = 0; sample < 40; sample++) {
      const options = randomOptions({ meta }, random);
      expect(schemaErrorOf(meta, options), JSON.stringify(options)).toBeUndefined();
    }
  });

  it('reports invalid options as ESLint does', () => {
    const meta = { schema: [{ type: 'object', properties: { depth: { type: 'integer', minimum: 1 } }, additionalProperties: false }] };
    expect(schemaErrorOf(meta, [{ depth: 0 }])).toContain('Value 0 should be >= 1.');
    expect(schemaErrorOf(meta, [{ other: 1 }])).toContain('should NOT have additional properties');
  });
});

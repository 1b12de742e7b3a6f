// Option sets for any rule, read from its meta: the defaults, and random valid options drawn from meta.schema
// (JSON Schema Draft-04, as ESLint validates it), so the fuzzer covers rules and options added later.
import { Linter } from 'eslint';
import type { Random } from '../../bench/random.js';

/** The Draft-04 keywords the sampler understands (ESLint validates the rest; unknown shapes fall back to defaults). */
export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[] | boolean;
  additionalProperties?: boolean | Schema;
  items?: Schema | Schema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minLength?: number;
  maxLength?: number;
  format?: string;
  definitions?: Record<string, Schema>;
  description?: string;
}

export interface RuleMetaLike {
  readonly meta?: { readonly schema?: unknown; readonly defaultOptions?: readonly unknown[] };
}

/** Strings for string-typed options: globs, module specifiers, identifiers, and the empty string. */
const strings = ['seed', 'x', '', '**/*.ts', 'src/**', '@tensorflow/tfjs', './seed', 'tf', 'Math.random', 'a b'];

export function defaultOptions(rule: RuleMetaLike): unknown[] {
  return [...(rule.meta?.defaultOptions ?? [])];
}

/** The schema of the whole options array, as ESLint builds it from the array form. */
export function optionsSchema(rule: RuleMetaLike): Schema | undefined {
  const schema = rule.meta?.schema as Schema | Schema[] | false | undefined;
  if (schema === undefined || schema === false) return undefined;
  if (Array.isArray(schema)) return { type: 'array', items: schema, minItems: 0, maxItems: schema.length };
  return schema;
}

function resolveRef(ref: string, root: Schema): Schema {
  if (!ref.startsWith('#')) throw new Error(`cannot sample the external $ref ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    node = (node as Record<string, unknown>)[decodeURIComponent(part.replaceAll('~1', '/').replaceAll('~0', '~'))];
  }
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node as Schema;
}

function typeOf(schema: Schema, random: Random): string | undefined {
  if (Array.isArray(schema.type)) return random.pick(schema.type);
  if (schema.type) return schema.type;
  if (schema.properties || schema.additionalProperties !== undefined) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function sampleNumber(schema: Schema, random: Random, integer: boolean): number {
  let min = typeof schema.minimum === 'number' ? schema.minimum : -5;
  let max = typeof schema.maximum === 'number' ? schema.maximum : min + 100;
  if (schema.exclusiveMinimum === true) min += integer ? 1 : 1e-6;
  if (schema.exclusiveMaximum === true) max -= integer ? 1 : 1e-6;
  const value = random.chance(0.3) ? random.pick([min, max]) : min + random.next() * (max - min);
  return integer ? Math.min(Math.max(Math.round(value), Math.ceil(min)), Math.floor(max)) : value;
}

function sampleArray(schema: Schema, random: Random, root: Schema, depth: number): unknown[] {
  const min = schema.minItems ?? 0;
  if (Array.isArray(schema.items)) {
    const max = Math.min(schema.maxItems ?? schema.items.length, schema.items.length);
    return schema.items.slice(0, random.int(min, max)).map((item) => sampleSchema(item, random, root, depth + 1));
  }
  const max = Math.max(min, Math.min(schema.maxItems ?? min + 3, min + 3));
  const values: unknown[] = [];
  for (let attempt = 0, length = random.int(min, max); values.length < length && attempt < length * 4; attempt++) {
    const value = schema.items ? sampleSchema(schema.items, random, root, depth + 1) : random.pick(strings);
    if (schema.uniqueItems && values.some((existing) => JSON.stringify(existing) === JSON.stringify(value))) continue;
    values.push(value);
  }
  return values;
}

function sampleObject(schema: Schema, random: Random, root: Schema, depth: number): Record<string, unknown> {
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const object: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (required.has(key) || random.chance(0.5)) object[key] = sampleSchema(property, random, root, depth + 1);
  }
  return object;
}

/** A random value that satisfies `schema` for the keywords ESLint rule schemas use. */
export function sampleSchema(schema: Schema, random: Random, root: Schema = schema, depth = 0): unknown {
  if (depth > 8) throw new Error('schema nests too deeply to sample');
  if (schema.$ref) return sampleSchema(resolveRef(schema.$ref, root), random, root, depth + 1);
  if (schema.enum) return random.pick(schema.enum);
  if ('const' in schema) return schema.const;
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return sampleSchema(random.pick(alternatives), random, root, depth + 1);
  if (schema.allOf) {
    const { allOf, ...rest } = schema;
    return sampleSchema(Object.assign(rest, ...allOf) as Schema, random, root, depth + 1);
  }
  switch (typeOf(schema, random)) {
    case 'boolean':
      return random.chance(0.5);
    case 'integer':
      return sampleNumber(schema, random, true);
    case 'number':
      return sampleNumber(schema, random, false);
    case 'string': {
      // A schema that asks for a regular expression gets one (a random word is rarely a valid pattern).
      if (schema.format === 'regex') return random.pick(['v\\d+', '^release-\\d{4}$', '[0-9a-f]{7,}']);
      const candidates = strings.filter((text) => text.length >= (schema.minLength ?? 0) && text.length <= (schema.maxLength ?? Infinity));
      return random.pick(candidates.length > 0 ? candidates : ['x'.repeat(schema.minLength ?? 1)]);
    }
    case 'array':
      return sampleArray(schema, random, root, depth);
    case 'object':
      return sampleObject(schema, random, root, depth);
    case 'null':
      return null;
    default:
      return random.pick([true, 1, 'x', null]);
  }
}

/** A random options array for `rule`, valid by construction for the schema keywords above (callers still validate). */
export function randomOptions(rule: RuleMetaLike, random: Random): unknown[] {
  const schema = optionsSchema(rule);
  if (!schema) return [];
  const options = sampleSchema(schema, random);
  return Array.isArray(options) ? options : [options];
}

/**
 * ESLint's own verdict on `options` for a rule with `meta`: its schema error message, or undefined when valid. The
 * rule is replaced by a copy that does nothing, so a typed rule needs no program and only validation can fail.
 */
export function schemaErrorOf(meta: unknown, options: readonly unknown[]): string | undefined {
  const plugin = { rules: { rule: { meta, create: () => ({}) } } };
  try {
    new Linter().verify('', [{ plugins: { p: plugin as never }, rules: { 'p/rule': ['error', ...options] } }], 'file.js');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Random options that ESLint accepts for `rule`, or the defaults when `attempts` samples all fail validation. */
export function randomValidOptions(rule: RuleMetaLike, random: Random, attempts = 5): unknown[] {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const options = randomOptions(rule, random);
    if (schemaErrorOf(rule.meta, options) === undefined) return options;
  }
  return defaultOptions(rule);
}

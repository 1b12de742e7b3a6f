// Validation libraries: the call shapes that mean "this value is now validated" (reference §9). 'throws' calls
// validate their data argument or throw; 'result' calls return a result valid only where it was checked; 'guard'
// calls return true for valid data.
import type { Api, InstanceKind, InstanceMethod, Library, ResultCheck, ValidationFact } from './types.js';

const throws = (dataArg: number): ValidationFact => ({ mode: 'throws', dataArg });
const guard = (dataArg: number): ValidationFact => ({ mode: 'guard', dataArg });
const result = (dataArg: number, check: ResultCheck): ValidationFact => ({ mode: 'result', dataArg, check });
const success: ResultCheck = { successProperty: 'success' };

const call = (part: string, path: readonly string[], validation?: ValidationFact, returns?: string): Api => ({
  part,
  path,
  kind: 'call',
  ...(validation ? { validation } : {}),
  ...(returns ? { returns } : {}),
});

const method = (name: string, validation: ValidationFact): InstanceMethod => ({ name, validation });

// Joi schemas: `schema.validate(v)` returns `{ error, value }`; `validateAsync` rejects.
const joiSchema: InstanceKind = {
  id: 'joi.Schema',
  typeNames: ['AnySchema', 'ObjectSchema', 'Schema'],
  typePackages: ['joi'],
  methods: [method('validate', result(0, { errorProperty: 'error' })), method('validateAsync', throws(0))],
};

// Schema builders return schemas, and schema methods return schemas again: `z.object({…}).strict().refine(f)`.
const chain = (names: readonly string[]): InstanceMethod[] => names.map((name) => ({ name, returnsSameKind: true }));

const zodSchema: InstanceKind = {
  id: 'zod.Schema',
  typeNames: ['ZodType', 'ZodTypeAny', 'ZodObject', 'ZodMiniType', '$ZodType'],
  typePackages: ['zod'],
  methods: [
    ...['parse', 'parseAsync', 'decode', 'decodeAsync'].map((name) => method(name, throws(0))),
    ...['safeParse', 'safeParseAsync', 'spa', 'safeDecode', 'safeDecodeAsync'].map((name) => method(name, result(0, success))),
    ...chain(['optional', 'nullable', 'strict', 'passthrough', 'strip', 'extend', 'merge', 'pick', 'omit', 'partial', 'required',
      'refine', 'superRefine', 'transform', 'default', 'array', 'min', 'max', 'length', 'int', 'positive', 'nonnegative',
      'finite', 'nonempty', 'describe', 'and', 'or', 'catch', 'pipe']),
  ],
};

const zodBuilders = ['object', 'strictObject', 'looseObject', 'array', 'tuple', 'record', 'map', 'set', 'union',
  'discriminatedUnion', 'intersection', 'string', 'number', 'bigint', 'boolean', 'date', 'enum', 'nativeEnum', 'literal',
  'any', 'unknown', 'instanceof', 'lazy', 'preprocess', 'custom'];

export const zod: Library = {
  id: 'zod',
  role: 'utility',
  // `import { z } from 'zod'` and `import * as z from 'zod'` both reach the same functions.
  modules: ['zod', 'zod/v4', 'zod/v3', 'zod/mini', 'zod/v4-mini'].map((name) => ({
    name,
    esm: true,
    mounts: [{ part: 'zod' }, { part: 'zod', at: ['z'] }],
  })),
  apis: [
    ...['parse', 'parseAsync', 'decode', 'decodeAsync'].map((name) => call('zod', [name], throws(1))),
    ...['safeParse', 'safeParseAsync', 'safeDecode', 'safeDecodeAsync'].map((name) => call('zod', [name], result(1, success))),
    ...zodBuilders.map((name) => call('zod', [name], undefined, 'zod.Schema')),
    ...['string', 'number', 'boolean', 'bigint', 'date'].map((name) => call('zod', ['coerce', name], undefined, 'zod.Schema')),
  ],
  instances: [zodSchema],
};

export const valibot: Library = {
  id: 'valibot',
  role: 'utility',
  modules: [{ name: 'valibot', esm: true, mounts: [{ part: 'valibot' }] }],
  apis: [
    ...['parse', 'parseAsync', 'assert'].map((name) => call('valibot', [name], throws(1))),
    ...['safeParse', 'safeParseAsync'].map((name) => call('valibot', [name], result(1, success))),
    call('valibot', ['is'], guard(1)),
  ],
};

// ajv: `new Ajv()`, then `ajv.validate(schema, data)` or `const validate = ajv.compile(schema); if (validate(data))`.
export const ajv: Library = {
  id: 'ajv',
  role: 'utility',
  modules: ['ajv', 'ajv/dist/2019', 'ajv/dist/2020', 'ajv/dist/jtd'].map((name) => ({
    name,
    mounts: [{ part: 'ajv' }, { part: 'ajv', at: ['default'] }],
  })),
  apis: [{ part: 'ajv', path: [], kind: 'construct', returns: 'ajv.Ajv' }],
  instances: [
    {
      id: 'ajv.Ajv',
      typeNames: ['Ajv', 'Core'],
      typePackages: ['ajv'],
      methods: [
        method('validate', guard(1)),
        { name: 'compile', returns: 'ajv.ValidateFunction' },
        { name: 'getSchema', returns: 'ajv.ValidateFunction' },
      ],
    },
    {
      id: 'ajv.ValidateFunction',
      typeNames: ['ValidateFunction', 'AsyncValidateFunction'],
      typePackages: ['ajv'],
      methods: [],
      call: { validation: guard(0) },
    },
  ],
};

export const joi: Library = {
  id: 'joi',
  role: 'utility',
  modules: ['joi', '@hapi/joi'].map((name) => ({ name, mounts: [{ part: 'joi' }, { part: 'joi', at: ['default'] }] })),
  apis: [
    call('joi', ['attempt'], throws(0)),
    call('joi', ['assert'], throws(0)),
    ...['object', 'array', 'string', 'number', 'alternatives'].map((name) => call('joi', [name], undefined, 'joi.Schema')),
  ],
  instances: [joiSchema],
};

export const superstruct: Library = {
  id: 'superstruct',
  role: 'utility',
  modules: [{ name: 'superstruct', esm: true, mounts: [{ part: 'superstruct' }] }],
  apis: [
    ...['assert', 'create', 'mask'].map((name) => call('superstruct', [name], throws(0))),
    call('superstruct', ['is'], guard(0)),
    call('superstruct', ['validate'], result(0, { errorIndex: 0 })),
  ],
};

export const typia: Library = {
  id: 'typia',
  role: 'utility',
  modules: [{ name: 'typia', esm: true, mounts: [{ part: 'typia' }, { part: 'typia', at: ['default'] }] }],
  apis: [
    ...['assert', 'assertGuard', 'assertEquals', 'assertGuardEquals'].map((name) => call('typia', [name], throws(0))),
    ...['is', 'equals'].map((name) => call('typia', [name], guard(0))),
    ...['validate', 'validateEquals'].map((name) => call('typia', [name], result(0, success))),
    call('typia', ['json', 'assertParse'], throws(0)),
    call('typia', ['json', 'isParse'], result(0, { truthyOnSuccess: true })),
    call('typia', ['json', 'validateParse'], result(0, success)),
  ],
};

// io-ts results are Either values, checked with fp-ts `isRight`/`isLeft` (reference §9).
const either: ResultCheck = { validWhenCallTrue: ['isRight'], invalidWhenCallTrue: ['isLeft'] };

export const ioTs: Library = {
  id: 'io-ts',
  role: 'utility',
  modules: [{ name: 'io-ts', mounts: [{ part: 'io-ts' }] }],
  apis: ['type', 'strict', 'partial', 'exact', 'array', 'union', 'intersection', 'record', 'tuple', 'literal', 'keyof'].map(
    (name) => call('io-ts', [name], undefined, 'io-ts.Codec'),
  ),
  instances: [
    {
      id: 'io-ts.Codec',
      typeNames: ['Type', 'TypeC', 'Decoder'],
      typePackages: ['io-ts'],
      methods: [method('decode', result(0, either)), method('is', guard(0))],
    },
  ],
};

// arktype: `const T = type({…})`; `T.assert(data)` throws, `T.allows(data)` guards, `T(data)` returns the value or
// `type.errors`, checked with `instanceof type.errors`.
export const arktype: Library = {
  id: 'arktype',
  role: 'utility',
  modules: [{ name: 'arktype', esm: true, mounts: [{ part: 'arktype' }] }],
  apis: [call('arktype', ['type'], undefined, 'arktype.Type')],
  instances: [
    {
      id: 'arktype.Type',
      typeNames: ['Type', 'BaseType'],
      typePackages: ['arktype'],
      methods: [method('assert', throws(0)), method('from', throws(0)), method('allows', guard(0))],
      call: { validation: result(0, { errorInstanceOf: true }) },
    },
  ],
};

/**
 * Method shapes of schema objects whose origin the file does not show (a schema imported from `./schemas`): a call of
 * one of these on such a receiver validates. Where libraries disagree (`validate` throws in yup and returns a result in
 * joi), the lenient reading is taken: a missed report costs less than a false one.
 */
export const schemaMethodShapes: Readonly<Record<string, ValidationFact>> = {
  parse: throws(0),
  parseAsync: throws(0),
  decode: result(0, { validWhenCallTrue: ['isRight'], invalidWhenCallTrue: ['isLeft'], errorProperty: 'error' }),
  safeParse: result(0, success),
  safeParseAsync: result(0, success),
  spa: result(0, success),
  validate: throws(0),
  validateSync: throws(0),
  validateAsync: throws(0),
  assert: throws(0),
  mask: throws(0),
  isValid: guard(0),
  isValidSync: guard(0),
  is: guard(0),
  allows: guard(0),
};

export const validationLibraries: readonly Library[] = [zod, valibot, ajv, joi, superstruct, typia, ioTs, arktype];

// Is this random call seeded? Judges a call against its catalog seed facts, giving non-literal seeds the benefit
// of the doubt.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { RandomnessFact, SeedPosition } from '../catalog/index.js';
import { findEntropySource } from './entropy.js';
import { argumentAt, findOption, isUndefinedLiteral, resolveStaticValue } from './static-values.js';

type Scope = TSESLint.Scope.Scope;

export type SeedProblem =
  | { readonly problem: 'missing' }
  | { readonly problem: 'unseeded-value'; readonly value: string }
  | { readonly problem: 'entropy'; readonly source: TSESTree.Node }
  | { readonly problem: 'default-switched-off'; readonly option: string; readonly defaultSeed: string }
  | { readonly problem: 'entropy-option'; readonly option: string };

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

function judgeSeedValue(
  value: TSESTree.Node,
  position: Pick<SeedPosition, 'unseededValues'>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: Scope,
): SeedProblem | undefined {
  if (isUndefinedLiteral(value, scope) || (value.type === 'Literal' && value.value === null)) return { problem: 'missing' };
  const entropy = findEntropySource(value, sourceCode, scope);
  if (entropy) return { problem: 'entropy', source: entropy };
  if (position.unseededValues?.length) {
    const literal = resolveStaticValue(value, scope);
    if (literal && position.unseededValues.includes(literal.value as number | string)) {
      return { problem: 'unseeded-value', value: JSON.stringify(literal.value) };
    }
  }
  return undefined;
}

function judgeSeedPosition(
  call: Call,
  position: SeedPosition,
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: Scope,
): SeedProblem | undefined {
  if (position.option === undefined) {
    const argument = argumentAt(call, position.argIndex as number);
    if (argument === 'unknown') return undefined;
    return argument ? judgeSeedValue(argument, position, sourceCode, scope) : { problem: 'missing' };
  }
  // 'any': positional literals (normal.factory(0, 1, { seed })) cannot hold the option, so only the others count.
  const candidates =
    position.argIndex === 'any'
      ? call.arguments.filter((argument) => argument.type !== 'Literal')
      : [argumentAt(call, position.argIndex)].filter((argument) => argument !== undefined);
  for (const argument of candidates) {
    if (argument === 'unknown') return undefined;
    const option = findOption(argument, position.option, scope);
    // A parameter or a spread may carry the seed.
    if (option.state === 'unknown') return undefined;
    if (option.state === 'absent') continue;
    if (position.defaultSeed !== undefined) {
      return isUndefinedLiteral(option.value, scope)
        ? { problem: 'default-switched-off', option: position.option, defaultSeed: JSON.stringify(position.defaultSeed) }
        : judgeSeedValue(option.value, {}, sourceCode, scope);
    }
    return judgeSeedValue(option.value, position, sourceCode, scope);
  }
  return position.defaultSeed === undefined ? { problem: 'missing' } : undefined;
}

/** The reason a random call is not reproducible, or undefined when it is seeded (or cannot be judged). */
export function judgeSeed(
  call: Call,
  fact: RandomnessFact,
  sourceCode: Readonly<TSESLint.SourceCode>,
): SeedProblem | undefined {
  const scope = sourceCode.getScope(call);
  if (fact.seed) return judgeSeedPosition(call, fact.seed, sourceCode, scope);
  const generator = fact.generator;
  if (!generator) return undefined;
  const seed = argumentAt(call, generator.seedArg);
  if (seed === 'unknown') return undefined;
  const problem = seed ? judgeSeedValue(seed, {}, sourceCode, scope) : { problem: 'missing' as const };
  if (problem?.problem === 'missing' && !generator.missingSeedIsEntropy) return undefined;
  if (problem) return problem;
  const options = argumentAt(call, generator.seedArg + 1);
  if (generator.entropyOption && options !== 'unknown') {
    const option = findOption(options, generator.entropyOption, scope);
    if (option.state === 'present' && resolveStaticValue(option.value, scope)?.value === true) {
      return { problem: 'entropy-option', option: generator.entropyOption };
    }
  }
  return undefined;
}

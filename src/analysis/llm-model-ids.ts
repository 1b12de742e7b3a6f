// Does an LLM model id float — may the provider swap the model behind it — by the provider's own naming convention,
// and which pinned snapshot does it point to today when the catalog knows?
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { llmProviders } from '../catalog/index.js';
import type { LlmModelFact, LlmProvider } from '../catalog/index.js';
import type { MlDebtSettings } from './settings.js';
import { argumentAt, findOption, followConsts, resolveStaticValue } from './static-values.js';

type Scope = TSESLint.Scope.Scope;

export interface ModelIdArgument {
  readonly id: string;
  /** The argument or option value in the call. */
  readonly node: TSESTree.Node;
  /** Where the id is written: the same node, or the initializer of the const it names. */
  readonly written: TSESTree.Node;
}

/** The model id a call passes, when the file says what it is. */
export function findModelId(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  fact: LlmModelFact,
  scope: Scope,
): ModelIdArgument | undefined {
  const argument = argumentAt(call, fact.argIndex);
  if (!argument || argument === 'unknown') return undefined;
  let node: TSESTree.Node = argument;
  if (fact.options && followConsts(argument, scope).type === 'ObjectExpression') {
    const option = fact.options.map((name) => findOption(argument, name, scope)).find((lookup) => lookup.state !== 'absent');
    if (option?.state !== 'present') return undefined;
    node = option.value;
  }
  const value = resolveStaticValue(node, scope);
  if (typeof value?.value !== 'string') return undefined;
  return { id: value.value, node, written: followConsts(node, scope) };
}

/** Whether the id floats, and the pinned snapshot it points to today when the catalog knows it. */
export type ModelIdVerdict = { readonly floats: false } | { readonly floats: true; readonly snapshot: string | undefined };

const providersById = new Map(llmProviders.map((provider) => [provider.id, provider]));

export function providerOf(fact: LlmModelFact): LlmProvider | undefined {
  return providersById.get(fact.provider);
}

function isDatelessAlias(id: string, provider: LlmProvider): boolean {
  const rule = provider.datelessFloatsBelow;
  const match = rule?.pattern.exec(id);
  if (!rule || !match) return false;
  const major = Number(match[1]);
  const minor = Number(match[2] ?? 0);
  const [belowMajor, belowMinor] = rule.version;
  return major < belowMajor || (major === belowMajor && minor < belowMinor);
}

/** Whether `id` floats under `provider`'s convention, with the settings' allowed and extra floating ids applied. */
export function judgeModelId(
  id: string,
  provider: LlmProvider,
  settings: Pick<MlDebtSettings, 'allowedModelIds' | 'floatingModelIds'>,
): ModelIdVerdict {
  if (settings.allowedModelIds.includes(id)) return { floats: false };
  if (Object.hasOwn(provider.aliases, id)) return { floats: true, snapshot: provider.aliases[id] };
  const floats =
    provider.floatingSuffixes.some((suffix) => id.endsWith(suffix)) ||
    isDatelessAlias(id, provider) ||
    settings.floatingModelIds.includes(id);
  return floats ? { floats: true, snapshot: undefined } : { floats: false };
}

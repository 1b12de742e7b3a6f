// Request data that reaches a model (a tensor, a predict call, a session run, a pipeline) without a schema check.
import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { schemaMethodShapes } from '../src/catalog/validation.js';
import type { ValidationFact } from '../src/catalog/index.js';
import { describeCall } from '../src/analysis/call-names.js';
import { classifyInstanceCall, classifyMethodCall } from '../src/analysis/instances.js';
import { mayUseFacts } from '../src/analysis/file-libraries.js';
import type { FactFilter } from '../src/analysis/file-libraries.js';
import { getCallReferenceMap } from '../src/analysis/library-references.js';
import { libraryOfSpecifier } from '../src/analysis/module-imports.js';
import { getRequestDataSources, getRequestHandlers } from '../src/analysis/request-handlers.js';
import { getMlDebtSettings } from '../src/analysis/settings.js';
import { findUnvalidatedInputs } from '../src/analysis/taint.js';
import type { TaintOrigin } from '../src/analysis/taint.js';
import { getTypeServices, typePredicateOf } from '../src/analysis/types.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'unvalidatedInput';
export type Options = [{ llmCalls?: boolean }];

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

const throwsOnFirst: ValidationFact = { mode: 'throws', dataArg: 0 };

// A helper the file cannot see into, named as a validator (`validateInput`, `assertPayload`), gets the benefit of the doubt.
const validatorName = /^(?:validate|assert|sanitize|verify|ensure|check)(?:[A-Z_]|$)/u;

function calleeText(call: Call, sourceCode: Readonly<TSESLint.SourceCode>): { full: string; last: string } | undefined {
  const callee = call.callee;
  if (callee.type === 'Identifier') return { full: callee.name, last: callee.name };
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
    return { full: sourceCode.getText(callee), last: callee.property.name };
  }
  return undefined;
}

const takesModelInput: FactFilter = (facts) => facts.modelInput !== undefined;
const takesInputOrPrompt: FactFilter = (facts) => facts.modelInput !== undefined || facts.llmModel !== undefined;

export default createRule<Options, MessageId>({
  name: 'require-input-validation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require request data to pass a schema check before it reaches a model',
      recommended: 'recommended',
    },
    messages: {
      unvalidatedInput:
        '`{{sink}}` receives `{{source}}` (line {{line}}) without a schema check, so malformed or hostile input becomes garbage predictions or shape errors in production. Validate it first (e.g. `const input = Input.parse({{source}})` with zod) and pass the parsed value.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          llmCalls: {
            type: 'boolean',
            description:
              'Also treat LLM SDK calls that take a model id (openai chat.completions.create, responses.create, Anthropic messages.create, LangChain chat models…) as sinks.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ llmCalls: false }],
  },
  create(context, [{ llmCalls }]) {
    const { sourceCode } = context;
    const settings = getMlDebtSettings(context);
    // Without a model (or, when asked, an LLM) the file can call, or a sink from the settings, nothing can be reported.
    if (settings.modelInputSinks.length === 0 && !mayUseFacts(context, llmCalls ? takesInputOrPrompt : takesModelInput)) return {};
    const services = getTypeServices(context);
    const callReferences = () => getCallReferenceMap(sourceCode);

    function matchesNames(call: Call, names: readonly string[]): boolean {
      if (names.length === 0) return false;
      const text = calleeText(call, sourceCode);
      return text !== undefined && (names.includes(text.full) || names.includes(text.last));
    }

    function sinkArguments(call: Call): readonly TSESTree.Node[] | undefined {
      const fact =
        callReferences().get(call)?.api.modelInput ??
        (call.type === 'CallExpression'
          ? (classifyMethodCall(context, call, (method) => method.modelInput !== undefined)?.method.modelInput ??
            classifyInstanceCall(context, call)?.call.modelInput)
          : undefined);
      if (fact) return fact.args === 'all' ? call.arguments : fact.args.map((index) => call.arguments[index]).filter(Boolean);
      if (matchesNames(call, settings.modelInputSinks)) return call.arguments;
      // Prompts are a model's input too, but only when the team asks: request text in a prompt is often the point.
      if (llmCalls && isLlmCall(call)) return call.arguments;
      return undefined;
    }

    function isLlmCall(call: Call): boolean {
      if (callReferences().get(call)?.api.llmModel) return true;
      return call.type === 'CallExpression' && classifyMethodCall(context, call, (method) => method.llmModel !== undefined) !== undefined;
    }

    /** A same-module function that throws or validates: `function validateBody(b) { if (…) throw …; return b; }`. */
    function isValidatingFunction(identifier: TSESTree.Identifier): boolean | undefined {
      const variable = findVariable(sourceCode.getScope(identifier) as never, identifier) as TSESLint.Scope.Variable | null;
      const definition = variable?.defs[0];
      if (!definition) return undefined;
      if (definition.type === 'ImportBinding') return undefined;
      let body: TSESTree.Node | undefined;
      if (definition.type === 'FunctionName') body = definition.node.body ?? undefined;
      else if (definition.type === 'Variable' && (definition.node.init?.type === 'ArrowFunctionExpression' || definition.node.init?.type === 'FunctionExpression')) {
        body = definition.node.init.body;
      }
      if (!body) return undefined;
      const text = sourceCode.getText(body);
      return /\bthrow\b/u.test(text) || /\.(?:parse|safeParse|validate|assert)\(/u.test(text);
    }

    function validationOf(call: TSESTree.CallExpression): ValidationFact | undefined {
      const known =
        callReferences().get(call)?.api.validation ??
        classifyMethodCall(context, call, (method) => method.validation !== undefined)?.method.validation ??
        classifyInstanceCall(context, call)?.call.validation;
      if (known) return known;
      if (matchesNames(call, settings.inputValidators)) return throwsOnFirst;
      if (services) {
        const predicate = typePredicateOf(services, call);
        if (predicate) return predicate;
      }
      const callee = call.callee;
      // A schema whose origin the file does not show: `PredictRequest.parse(req.body)` with the schema imported.
      if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && Object.hasOwn(schemaMethodShapes, callee.property.name)) {
        let root: TSESTree.Node = callee.object;
        while (root.type === 'MemberExpression') root = root.object;
        if (root.type !== 'Identifier') return undefined;
        const variable = findVariable(sourceCode.getScope(root) as never, root) as TSESLint.Scope.Variable | null;
        const definition = variable?.defs[0];
        // Globals (JSON.parse, Date.parse) and other libraries' objects are not schemas.
        if (!definition) return undefined;
        if (definition.type === 'ImportBinding' && definition.parent.type === 'ImportDeclaration') {
          const library = libraryOfSpecifier(definition.parent.source.value);
          if (library && library.role !== 'utility') return undefined;
        }
        return schemaMethodShapes[callee.property.name];
      }
      if (callee.type === 'Identifier') {
        const validating = isValidatingFunction(callee);
        if (validating === true) return throwsOnFirst;
        if (validating === undefined && validatorName.test(callee.name)) return throwsOnFirst;
      }
      return undefined;
    }

    function jsonParseSources(root: TSESTree.Node): TaintOrigin[] {
      const found: TaintOrigin[] = [];
      const globalJson = sourceCode.scopeManager!.globalScope!;
      const references = [...globalJson.through, ...(globalJson.set.get('JSON')?.references ?? [])].filter(
        (reference) => reference.identifier.name === 'JSON',
      );
      for (const reference of references) {
        const member = reference.identifier.parent;
        if (member?.type !== 'MemberExpression' || member.property.type !== 'Identifier' || member.property.name !== 'parse') continue;
        const call = member.parent;
        if (call?.type === 'CallExpression' && call.callee === member && call.range[0] >= root.range[0] && call.range[1] <= root.range[1]) {
          found.push({ node: call, description: sourceCode.getText(call).length > 40 ? 'JSON.parse(…)' : sourceCode.getText(call) });
        }
      }
      return found;
    }

    return {
      'Program:exit'() {
        const handlers = getRequestHandlers(context);
        const reported = new Set<TSESTree.Node>();
        for (const handler of handlers.values()) {
          if (handler.validatedByRoute) continue;
          const sources = [...getRequestDataSources(context, handler), ...jsonParseSources(handler.node)];
          for (const { sink, origin } of findUnvalidatedInputs(sourceCode, handler.node, sources, { sinkArguments, validationOf })) {
            if (reported.has(sink)) continue;
            reported.add(sink);
            context.report({
              node: sink,
              messageId: 'unvalidatedInput',
              data: { sink: describeCall(sink), source: origin.description, line: origin.node.loc.start.line },
            });
          }
        }
      },
    };
  },
});

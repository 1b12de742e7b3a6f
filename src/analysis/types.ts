// Type information, when the program has it: used to refine what the AST alone decides, never required.
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The parser's type services, or undefined on the untyped path (espree, oxlint, typescript-eslint without a project). */
export function getTypeServices(context: Context): ParserServicesWithTypeInformation | undefined {
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  return services?.program ? (services as ParserServicesWithTypeInformation) : undefined;
}

function isDeclaredIn(symbol: ts.Symbol, packages: readonly string[]): boolean {
  return (symbol.declarations ?? []).some((declaration) => {
    const file = declaration.getSourceFile().fileName.replaceAll('\\', '/');
    return packages.some((name) => file.includes(`/${name}/`));
  });
}

/**
 * Whether the node's type is one of `typeNames` declared in `packages` (or a subclass of one): true or false when the
 * checker knows, undefined when the type is any, unknown or unresolved, so the caller falls back to the AST.
 */
export function isTypeFrom(
  services: ParserServicesWithTypeInformation,
  node: TSESTree.Node,
  typeNames: readonly string[],
  packages: readonly string[],
  { awaited = false }: { readonly awaited?: boolean } = {},
): boolean | undefined {
  const checker = services.program.getTypeChecker();
  const nodeType = services.getTypeAtLocation(node);
  // `awaited`: the type a Promise resolves to (a loader's Promise<LayersModel>).
  return isTypeOf(checker, awaited ? (checker.getAwaitedType(nodeType) ?? nodeType) : nodeType, typeNames, packages);
}

function isTypeOf(checker: ts.TypeChecker, nodeType: ts.Type, typeNames: readonly string[], packages: readonly string[]): boolean | undefined {
  const type = checker.getApparentType(nodeType);
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  if (!symbol) return undefined;
  const pending: ts.Type[] = [type];
  const seen = new Set<ts.Type>();
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const currentSymbol = current.getSymbol();
    if (currentSymbol && typeNames.includes(currentSymbol.getName()) && isDeclaredIn(currentSymbol, packages)) return true;
    // Generic classes (Dataset<T>) arrive as references to their declared class type.
    const declared = 'target' in current ? (current as ts.TypeReference).target : current;
    if (declared.isClassOrInterface()) pending.push(...checker.getBaseTypes(declared));
  }
  return false;
}

// ts.TypeFlags Any | Unknown | TypeParameter | Union | Intersection (numbers, so the untyped path never loads
// TypeScript): types that can stand for anything, a tensor included.
const couldBeAnything = 1 | 2 | 262144 | 1048576 | 2097152;

/**
 * Whether a call may return one of `typeNames`: false only when every signature of its callee declares a return type
 * that is plainly something else. Reading the callee's declared signatures is much cheaper than typing the call itself
 * (overload resolution, inference from the arguments), which is what makes asking about every call affordable.
 */
export function mayReturnTypeFrom(
  services: ParserServicesWithTypeInformation,
  call: TSESTree.CallExpression,
  typeNames: readonly string[],
  packages: readonly string[],
): boolean {
  const checker = services.program.getTypeChecker();
  const signatures = services.getTypeAtLocation(call.callee).getCallSignatures();
  if (signatures.length === 0) return true;
  return signatures.some((signature) => {
    const returned = signature.getReturnType();
    if (returned.flags & couldBeAnything) return true;
    return isTypeOf(checker, returned, typeNames, packages) !== false;
  });
}

/**
 * How a call validates its argument according to its TypeScript signature: `x is T` is a guard, `asserts x is T`
 * throws. Undefined on the untyped path or for an ordinary signature.
 */
export function typePredicateOf(
  services: ParserServicesWithTypeInformation,
  call: TSESTree.CallExpression,
): { readonly mode: 'guard' | 'throws'; readonly dataArg: number } | undefined {
  const checker = services.program.getTypeChecker();
  const signature = checker.getResolvedSignature(services.esTreeNodeToTSNodeMap.get(call));
  const predicate = signature && checker.getTypePredicateOfSignature(signature);
  if (!predicate || predicate.parameterIndex === undefined) return undefined;
  // TypePredicateKind: Identifier = 1, AssertsIdentifier = 3 (the numbers avoid loading TypeScript's enum at run time).
  if ((predicate.kind as number) === 1) return { mode: 'guard', dataArg: predicate.parameterIndex };
  if ((predicate.kind as number) === 3) return { mode: 'throws', dataArg: predicate.parameterIndex };
  return undefined;
}

/** The source text of the declaration a call's callee resolves to (in any file of the program), if the checker knows it. */
export function calleeDeclarationText(services: ParserServicesWithTypeInformation, call: TSESTree.CallExpression): string | undefined {
  const checker = services.program.getTypeChecker();
  const callee = call.callee.type === 'MemberExpression' ? call.callee.property : call.callee;
  const symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(callee));
  const resolved = symbol && symbol.flags & 2097152 /* ts.SymbolFlags.Alias */ ? checker.getAliasedSymbol(symbol) : symbol;
  return resolved?.declarations?.[0]?.getText();
}

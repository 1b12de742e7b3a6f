// Every string list in a TypeScript program, indexed by its set of names, so a rule can ask "which other module
// defines these features?" in constant time. Built once per program: linting N files stays linear in N.
import type * as ts from 'typescript';

export interface ProgramListSite {
  /** Absolute file name, forward slashes. */
  readonly fileName: string;
  /** 1-based line of the list. */
  readonly line: number;
}

/** The same names in any order: sorted, deduplicated and joined. */
export function featureSetKey(names: readonly string[]): string {
  return [...new Set(names)].sort().join('\u0000');
}

// The parser that produced these type services has loaded TypeScript already; the untyped path never gets here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadTypeScript = (): typeof ts => require('typescript') as typeof ts;

function stringItems(typescript: typeof ts, node: ts.ArrayLiteralExpression): string[] | undefined {
  const items: string[] = [];
  for (const element of node.elements) {
    if (!typescript.isStringLiteral(element) && !typescript.isNoSubstitutionTemplateLiteral(element)) return undefined;
    items.push(element.text);
  }
  return items;
}

function indexProgram(program: ts.Program, minItems: number): ReadonlyMap<string, readonly ProgramListSite[]> {
  const typescript = loadTypeScript();
  const index = new Map<string, ProgramListSite[]>();
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) continue;
    const fileName = sourceFile.fileName.replaceAll('\\', '/');
    if (fileName.includes('/node_modules/')) continue;
    const visit = (node: ts.Node): void => {
      if (typescript.isArrayLiteralExpression(node) && node.elements.length >= minItems) {
        const items = stringItems(typescript, node);
        if (items) {
          const key = featureSetKey(items);
          const sites = index.get(key) ?? [];
          sites.push({ fileName, line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1 });
          index.set(key, sites);
          return;
        }
      }
      node.forEachChild(visit);
    };
    sourceFile.forEachChild(visit);
  }
  return index;
}

const cache = new WeakMap<ts.Program, Map<number, ReadonlyMap<string, readonly ProgramListSite[]>>>();

/** Where in the program a list of these names (in any order) is written, computed once per program and size. */
export function findProgramListSites(program: ts.Program, names: readonly string[], minItems: number): readonly ProgramListSite[] {
  let bySize = cache.get(program);
  if (!bySize) {
    bySize = new Map();
    cache.set(program, bySize);
  }
  let index = bySize.get(minItems);
  if (!index) {
    index = indexProgram(program, minItems);
    bySize.set(minItems, index);
  }
  return index.get(featureSetKey(names)) ?? [];
}

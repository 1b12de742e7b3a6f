// Which catalog libraries a file uses, asked once per file. Rules whose facts only some libraries have use it to do
// nothing in the other files (most of a codebase), before any per-node work.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { libraries } from '../catalog/index.js';
import type { Api, InstanceFacts, Library } from '../catalog/index.js';
import { getLibraryReferences } from './library-references.js';
import { getImportedSpecifiers, libraryOfSpecifier } from './module-imports.js';
import { getTypeServices } from './types.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const importedCache = new WeakMap<TSESTree.Program, ReadonlySet<Library>>();

/** The libraries the file imports or requires (any subpath, types included). */
function importedLibraries(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<Library> {
  let found = importedCache.get(sourceCode.ast);
  if (!found) {
    const set = new Set<Library>();
    for (const specifier of getImportedSpecifiers(sourceCode)) {
      const library = libraryOfSpecifier(specifier);
      if (library) set.add(library);
    }
    found = set;
    importedCache.set(sourceCode.ast, found);
  }
  return found;
}

const cache = new WeakMap<TSESTree.Program, ReadonlySet<Library>>();

/** The libraries the file imports or requires, or reaches through a global. */
export function librariesInFile(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<Library> {
  let found = cache.get(sourceCode.ast);
  if (!found) {
    found = new Set([...importedLibraries(sourceCode), ...getLibraryReferences(sourceCode).map((reference) => reference.library)]);
    cache.set(sourceCode.ast, found);
  }
  return found;
}

/** A question about facts, e.g. `(facts) => facts.llmModel !== undefined`; declared once so its answer is cached. */
export type FactFilter = (facts: InstanceFacts | Api) => boolean;

interface FactLibraries {
  readonly libraries: ReadonlySet<Library>;
  /** Whether one of them has a script-tag global, so it can be in a file without an import. */
  readonly global: boolean;
}

const librariesByFilter = new WeakMap<FactFilter, FactLibraries>();

/** The libraries with at least one API, instance method or callable instance whose facts pass `accept`. */
function librariesWith(accept: FactFilter): FactLibraries {
  let found = librariesByFilter.get(accept);
  if (!found) {
    const matching = libraries.filter(
      (library) =>
        library.apis.some(accept) ||
        (library.instances ?? []).some((kind) => kind.methods.some(accept) || (kind.call !== undefined && accept(kind.call))),
    );
    found = { libraries: new Set(matching), global: matching.some((library) => library.globals?.length) };
    librariesByFilter.set(accept, found);
  }
  return found;
}

/**
 * Whether the file can reach an API or instance whose facts pass `accept`. Without types that needs one of the
 * libraries that have such facts in the file; with types any value may be typed as an instance, so it is always true.
 */
export function mayUseFacts(context: Context, accept: FactFilter): boolean {
  if (getTypeServices(context)) return true;
  const wanted = librariesWith(accept);
  for (const library of importedLibraries(context.sourceCode)) if (wanted.libraries.has(library)) return true;
  // Only libraries with a script-tag global can be in the file without an import; tracing finds whether they are.
  if (!wanted.global) return false;
  for (const library of librariesInFile(context.sourceCode)) if (wanted.libraries.has(library)) return true;
  return false;
}

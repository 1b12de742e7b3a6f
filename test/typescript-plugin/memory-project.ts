// An in-memory TypeScript project and language service, for the plugin's unit tests (no tsserver process).
import path from 'node:path';
import ts from 'typescript';

// Virtual files beside test/fixtures, so '@tensorflow/tfjs' resolves to the real types in node_modules.
export const root = path.join(__dirname, '..', 'fixtures', 'virtual-project');
export const file = (relative: string) => path.join(root, relative).split(path.sep).join('/');

export class MemoryProject {
  private readonly files = new Map<string, { text: string; version: number }>();
  readonly languageService: ts.LanguageService;
  readonly host: ts.LanguageServiceHost;

  constructor(files: Record<string, string>) {
    for (const [name, text] of Object.entries(files)) this.files.set(file(name), { text, version: 1 });
    const read = (name: string) => this.files.get(name)?.text ?? ts.sys.readFile(name);
    this.host = {
      getScriptFileNames: () => [...this.files.keys()],
      getScriptVersion: (name) => String(this.files.get(name)?.version ?? 0),
      getScriptSnapshot: (name) => {
        const text = read(name);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => root,
      getCompilationSettings: () => ({
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        types: [],
      }),
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      fileExists: (name) => this.files.has(name) || ts.sys.fileExists(name),
      readFile: read,
      directoryExists: (name) => ts.sys.directoryExists(name),
      getDirectories: (name) => ts.sys.getDirectories(name),
      realpath: (name) => ts.sys.realpath?.(name) ?? name,
    };
    this.languageService = ts.createLanguageService(this.host, ts.createDocumentRegistry());
  }

  edit(name: string, text: string): void {
    const entry = this.files.get(file(name))!;
    this.files.set(file(name), { text, version: entry.version + 1 });
  }
}


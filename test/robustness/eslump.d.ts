// eslump ships no types; this is the one function the fuzzer uses (see its README).
declare module 'eslump' {
  export function generateRandomJS(options?: {
    sourceType?: 'script' | 'module';
    maxDepth?: number;
    comments?: boolean;
    whitespace?: boolean;
  }): string;
}

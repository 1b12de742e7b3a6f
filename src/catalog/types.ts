// The shape of the ML API catalog: which library call means what. Data only; rules read it through src/analysis/.

/**
 * Where one part of a library appears inside a module or global.
 * `at` is the property path the part's root sits under (tf.data.* is the tfjs-data part at ['data']);
 * `select` narrows the module to one subtree of the part (the module 'lodash/shuffle' *is* lodash's `shuffle`).
 */
export interface Mount {
  readonly part: string;
  readonly at?: readonly string[];
  readonly select?: readonly string[];
}

export interface EntryPoint {
  /** A module specifier for `import`/`require`, or a global name for a script-tag build. */
  readonly name: string;
  /** A real ES module: named imports are exports, a default import is `default` (not the whole module). */
  readonly esm?: boolean;
  readonly mounts: readonly Mount[];
}

/** How a library is used; decides for instance whether importing it makes a module an "ML module". */
export type LibraryRole = 'training' | 'inference' | 'data' | 'llm' | 'prng' | 'utility';

export interface Library {
  readonly id: string;
  readonly role: LibraryRole;
  readonly modules: readonly EntryPoint[];
  readonly globals?: readonly EntryPoint[];
  readonly apis: readonly Api[];
  /** Objects the library's calls return, whose methods mean something (a tfjs model's fit, a Dataset's shuffle). */
  readonly instances?: readonly InstanceKind[];
}

export interface InstanceKind {
  /** Referenced by Api.returns. */
  readonly id: string;
  /** Type names that identify the instance when type information is available… */
  readonly typeNames: readonly string[];
  /** …declared in one of these packages. */
  readonly typePackages: readonly string[];
  readonly methods: readonly InstanceMethod[];
}

export interface InstanceMethod {
  readonly name: string;
  /** The method returns another instance of the same kind (dataset.map(…).batch(…)). */
  readonly returnsSameKind?: true;
  /** The method returns an instance of another kind (model.predict returns a tfjs.Tensor). */
  readonly returns?: string;
  /** The method returns a Promise (of its `returns` kind, if any). */
  readonly async?: true;
  /** What the method does to tensor memory (x.dispose(), x.dataSync()). */
  readonly memory?: TensorMemoryFact;
  /** Training settings the method should not leave to library defaults. */
  readonly hyperparameters?: HyperparameterFact;
  readonly randomness?: RandomnessFact;
  readonly training?: TrainingFact;
  /**
   * Without type information, a call of this method with at least this many arguments counts even when the
   * receiver's origin is unknown (a model built by a helper), as long as the module imports the library.
   */
  readonly unknownReceiverMinArgs?: number;
}

/** Where a seed goes and which literal values do not count as one. */
export interface SeedPosition {
  /** 0-based argument that holds the seed, or the options object holding it; 'any' = whichever object argument has `option`. */
  readonly argIndex: number | 'any';
  /** Set when the seed is a property of the options object at argIndex. */
  readonly option?: string;
  /** Literal seeds the library treats as "no seed" (tfjs: 0 for normal-distribution ops, '' for dataset.shuffle). */
  readonly unseededValues?: readonly (number | string)[];
  /** The library seeds itself when the seed is left out: only an explicit `undefined` unseeds it. */
  readonly defaultSeed?: number | string;
  /** What to write, for the message: where the seed goes. */
  readonly fix: string;
}

/** What a call does with randomness. */
export interface RandomnessFact {
  /** The call is random and takes a seed here. */
  readonly seed?: SeedPosition;
  /** The call is random and cannot be seeded; `instead` is the seeded alternative. */
  readonly unseedable?: { readonly instead: string };
  /** The call builds a seeded generator: argument `seedArg` is its seed (or engine). */
  readonly generator?: {
    readonly seedArg: number;
    /** Left out, the seed comes from entropy (crypto, time or Math.random). */
    readonly missingSeedIsEntropy: boolean;
    /** An options property that, when true, mixes entropy into the seed. */
    readonly entropyOption?: string;
    readonly fix: string;
  };
  /** Reading this value yields entropy (Date.now(), crypto, random-js nodeCrypto): a seed built from it is no seed. */
  readonly entropy?: true | 'without-arguments';
  /** Unseeded, the call draws from Math.random, so seeding Math.random globally makes it reproducible. */
  readonly mathRandomFallback?: true;
  /** Only reported in ML modules (Math.random and general-purpose helpers are everywhere else too). */
  readonly mlModulesOnly?: true;
}

/** A training call: why its run is not deterministic unless Math.random is seeded globally. */
export interface TrainingFact {
  readonly nondeterminism: string;
  /** The option that turns the library's own per-epoch shuffling off, and its default. */
  readonly shuffleOption?: { readonly argIndex: number; readonly name: string };
}

export interface Api {
  readonly part: string;
  readonly path: readonly string[];
  readonly kind: 'call' | 'construct' | 'read';
  readonly randomness?: RandomnessFact;
  /** The call returns an instance of this kind (InstanceKind.id). */
  readonly returns?: string;
  /** The model it returns comes with trained weights: no random initialisation. */
  readonly pretrained?: true;
  /** What the call does to tensor memory (tf.dispose, tf.keep, tf.tidy). */
  readonly memory?: TensorMemoryFact;
  /** Training settings the call should not leave to library defaults. */
  readonly hyperparameters?: HyperparameterFact;
  /** The call seeds Math.random for the whole process. */
  readonly seedsMathRandomGlobally?: { readonly option?: string };
}

/** How a call relates to GPU/native tensor memory that garbage collection does not free. */
export interface TensorMemoryFact {
  /** Its tensor arguments (and arrays or objects of them) are disposed or kept: ownership leaves the function. */
  readonly releasesArguments?: true;
  /** The method disposes its receiver. */
  readonly disposesReceiver?: true;
  /** The call runs its last function argument in a scope that disposes the tensors it creates (tf.tidy). */
  readonly tidy?: true;
  /** The method opens a scope whose tensors a matching endScope disposes (tf.engine().startScope()). */
  readonly opensScope?: true;
  /** The method reads the tensor's values: 'sync' blocks until the device is done; `asyncAlternative` does not. */
  readonly read?: 'sync' | 'async';
  readonly asyncAlternative?: string;
}

/** Hyperparameters whose library defaults change between versions and silently change training. */
export interface HyperparameterFact {
  /** The options object at `argIndex` must set these keys (`model.fit(x, y, { epochs, batchSize })`). */
  readonly options?: { readonly argIndex: number; readonly required: readonly string[] };
  /** A positional argument that must be given (`tf.train.adam(learningRate)`). */
  readonly positional?: { readonly argIndex: number; readonly name: string };
  /**
   * An option whose string value builds a library object with default settings (`{ optimizer: 'adam' }`), mapped
   * from each accepted string to the factory path and arguments that build the same object explicitly.
   */
  readonly stringOption?: {
    readonly argIndex: number;
    readonly name: string;
    readonly explicit: Readonly<Record<string, { readonly path: readonly string[]; readonly args: string }>>;
  };
  /** The defaults, named in the message. */
  readonly defaults: string;
}

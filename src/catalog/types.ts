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
  /** Subclasses that are not this kind (AzureOpenAI extends OpenAI, but its `model` is a deployment name). */
  readonly excludedTypeNames?: readonly string[];
  /** Calling the instance itself (a transformers.js pipeline, an ajv validate function, an AI SDK provider). */
  readonly call?: InstanceFacts;
}

/** What calling a method of an instance (or the instance itself) means. */
export interface InstanceFacts {
  /** The call returns another instance of the same kind (dataset.map(…).batch(…)). */
  readonly returnsSameKind?: true;
  /** The method returns an instance of another kind (model.predict returns a tfjs.Tensor; ajv's compile, a validator). */
  readonly returns?: string;
  /** The method returns a Promise (of its `returns` kind, if any). */
  readonly async?: true;
  /** What the method does to tensor memory (x.dispose(), x.dataSync()). */
  readonly memory?: TensorMemoryFact;
  /** Training settings the method should not leave to library defaults. */
  readonly hyperparameters?: HyperparameterFact;
  readonly randomness?: RandomnessFact;
  readonly training?: TrainingFact;
  readonly artifact?: ArtifactFact;
  readonly llmModel?: LlmModelFact;
  /**
   * Without type information, a call of this method with at least this many arguments counts even when the
   * receiver's origin is unknown (a model built by a helper), as long as the module imports the library.
   */
  readonly unknownReceiverMinArgs?: number;
  /** A training call and the options that hold out validation data, so a run without them has no overfitting signal. */
  readonly heldOutData?: HeldOutDataFact;
  /** Each iteration of the result draws a new order (tf.data shuffle), so rows carved from it by position move between parts. */
  readonly reshufflesEachIteration?: true;
  /** Carves rows by position: 'head' keeps the first k (take), 'rest' drops them (skip); a pair of them is a split. */
  readonly positionalSplit?: 'head' | 'rest';
  /** The call feeds data to a model (tensor construction, inference): untrusted input must be validated before it. */
  readonly modelInput?: ModelInputFact;
  /** The call validates a value against a schema. */
  readonly validation?: ValidationFact;
  /** The call selects, drops or names data-frame columns: a literal list there is a feature list. */
  readonly columnSelection?: readonly ColumnSelectionFact[];
}

export interface HeldOutDataFact {
  /** The options argument. */
  readonly argIndex: number;
  /** Any of these options holds data out (validationSplit, validationData). */
  readonly options: readonly string[];
  /** What to write, for the message. */
  readonly fix: string;
}

export interface ModelInputFact {
  /** 'tensor' builds a tensor from raw values; 'inference' runs a model on its input. */
  readonly kind: 'tensor' | 'inference';
  /** The arguments that carry the data ('all' when the position depends on the overload, as in `new ort.Tensor`). */
  readonly args: readonly number[] | 'all';
}

/**
 * How a validation call tells that a value is valid (reference §9):
 * 'throws' — the call throws on invalid input, so its result and the value after it are valid;
 * 'result' — it returns a result that is valid only where `check` was tested;
 * 'guard' — it returns a boolean: the value is valid where the call tested true.
 */
export interface ValidationFact {
  readonly mode: 'throws' | 'result' | 'guard';
  /** The argument that is validated. */
  readonly dataArg: number;
  readonly check?: ResultCheck;
}

/** How a 'result' is checked: a success flag, an error property, an error tuple element, or the result itself. */
export interface ResultCheck {
  /** Property that is truthy on success (zod and valibot `success`). */
  readonly successProperty?: string;
  /** Property that is truthy on failure (joi `error`). */
  readonly errorProperty?: string;
  /** Tuple element that is truthy on failure (superstruct `[error, value]`). */
  readonly errorIndex?: number;
  /** The result is the value or null/undefined (typia.json.isParse, ajv JTD parsers). */
  readonly truthyOnSuccess?: true;
  /** `result instanceof …` is true on failure (arktype's `type.errors`). */
  readonly errorInstanceOf?: true;
  /** Functions that test the result: true means valid (fp-ts `isRight`) or invalid (`isLeft`). */
  readonly validWhenCallTrue?: readonly string[];
  readonly invalidWhenCallTrue?: readonly string[];
}

/** Where a column-selecting call takes its column names. */
export interface ColumnSelectionFact {
  readonly argIndex: number;
  /** The option holding the list (`columns`); absent when the argument is the list itself. */
  readonly option?: string;
  /** The option is an object whose keys are the columns (tf.data.csv `columnConfigs`); `labelFlag` marks label columns. */
  readonly keys?: { readonly labelFlag?: string };
}

export interface InstanceMethod extends InstanceFacts {
  readonly name: string;
  /** The properties between the instance and the method: client.chat.completions.create is `create` via ['chat', 'completions']. */
  readonly via?: readonly string[];
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

/** Where a value sits in a call: an argument, or a property of the options object at that argument. */
export interface ArgumentSlot {
  readonly argIndex: number;
  readonly option?: string;
}

/**
 * The call loads or writes a model artifact, or fetches runtime binaries, named by a path, URL or hub repository.
 * Rules about versions, transport and where models are loaded all read this one fact.
 */
export interface ArtifactFact {
  /** 'load-or-save' for IO handlers (tf.io.http) whose use decides; 'runtime' for WASM binaries and the like. */
  readonly action: 'load' | 'save' | 'load-or-save' | 'runtime';
  /** Where the name is; 'assigned' for a setting written with `=` (ort.env.wasm.wasmPaths = '…'). */
  readonly location: ArgumentSlot | 'assigned';
  /**
   * 'path': a path or URL, versioned by its segments; 'hub-repo': a Hugging Face repository id (or a local path),
   * versioned by a revision; 'host': a base URL every download goes through, judged only for its transport.
   */
  readonly naming: 'path' | 'hub-repo' | 'host';
  /** The value may also be a list or a map of paths (io.fileSystem([json, weights]), setWasmPaths({…})); each is judged. */
  readonly manyPaths?: true;
  /** The call may take a non-path (an IOHandler, a buffer): without type or origin, only these URL schemes prove a path. */
  readonly pathSchemes?: readonly string[];
  /** Only a remote URL can drift: a local path holds what the build copied from the installed package (WASM binaries). */
  readonly remoteOnly?: true;
  /** An option that makes the path a TF Hub handle, versioned only by its numeric version (loadGraphModel's fromTFHub). */
  readonly tfHubOption?: ArgumentSlot;
  readonly hub?: HubRevisionFact;
}

/** How a hub download is pinned: transformers.js and @huggingface/hub default `revision` to the moving branch 'main'. */
export interface HubRevisionFact {
  readonly revision: ArgumentSlot;
  /** An option that, when true, keeps the call off the network (transformers.js local_files_only). */
  readonly localFilesOnly?: ArgumentSlot;
  /** Leaving the repository out loads a per-task default model that changes between library versions (pipeline(task)). */
  readonly defaultModelWhenMissing?: true;
  /** The repository may be given as an object whose id is this property (@huggingface/hub's { type, name }). */
  readonly repoObjectName?: string;
}

/** Where an LLM model id goes, and whose naming convention it follows (LlmProvider.id). */
export interface LlmModelFact {
  readonly provider: string;
  readonly argIndex: number;
  /** The argument is the id when it is a string; when it is an options object, the id is the first of these present. */
  readonly options?: readonly string[];
}

/** A provider's model naming: which ids float (the provider may change the model behind them) and what pins them. */
export interface LlmProvider {
  readonly id: string;
  readonly name: string;
  /** How a pinned id looks, for messages. */
  readonly pinnedForm: string;
  /** Ids ending in one of these float. */
  readonly floatingSuffixes: readonly string[];
  /** Known floating aliases, each with the pinned snapshot it points to when a source gives it (else undefined). */
  readonly aliases: Readonly<Record<string, string | undefined>>;
  /**
   * Dateless ids of this shape float below this version and are pinned from it on (Anthropic from the 4.6 generation):
   * the pattern's first two groups are the major and minor version (a missing minor is 0).
   */
  readonly datelessFloatsBelow?: { readonly pattern: RegExp; readonly version: readonly [number, number] };
}

/**
 * One call, construction or read of a library. Several entries may name the same path and kind: their facts combine,
 * so each concern (loading, inference, randomness) can keep its own entry.
 */
export interface Api {
  readonly part: string;
  /** The property path inside the part; '*' matches any name (transformers.js `*.from_pretrained` on every class). */
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
  readonly artifact?: ArtifactFact;
  readonly llmModel?: LlmModelFact;
  /** Assigning `false` to this setting turns off every hub download in the process (transformers.js env.allowRemoteModels). */
  readonly hubDownloadSwitch?: true;
  readonly modelInput?: ModelInputFact;
  readonly validation?: ValidationFact;
  readonly columnSelection?: readonly ColumnSelectionFact[];
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

// The types of loaded models across libraries: with type information, a call resolving to one of these loads a model.
export interface ModelType {
  readonly typeNames: readonly string[];
  readonly typePackages: readonly string[];
}

export const loadedModelTypes: readonly ModelType[] = [
  { typeNames: ['LayersModel', 'Sequential'], typePackages: ['@tensorflow/tfjs-layers'] },
  { typeNames: ['GraphModel'], typePackages: ['@tensorflow/tfjs-converter'] },
  { typeNames: ['InferenceSession'], typePackages: ['onnxruntime-common'] },
  // Every transformers.js task pipeline extends Pipeline; models extend PreTrainedModel.
  { typeNames: ['Pipeline', 'PreTrainedModel'], typePackages: ['@huggingface/transformers', '@xenova/transformers'] },
];

// TensorFlow.js tensors: which calls create them, which read, dispose or keep them (reference §1.8; the op and
// method names are the exports of tfjs-core 4.22's dist/ops/ops.d.ts and dist/public/chained_ops).
import type { Api, InstanceKind, InstanceMethod } from './types.js';

/** tf.<op>(…) functions of tfjs-core that return a new tensor (or a container of tensors). */
const ops = `abs acos acosh add addN all any argMax argMin asin asinh atan atan2 atanh avgPool avgPool3d
  batchToSpaceND batchNorm batchNorm2d batchNorm3d batchNorm4d bincount bitwiseAnd broadcastArgs broadcastTo cast ceil
  clipByValue clone complex concat concat1d concat2d concat3d concat4d conv1d conv2d conv2dTranspose conv3d
  conv3dTranspose cos cosh cumprod cumsum denseBincount depthToSpace depthwiseConv2d diag dilation2d div divNoNan dot
  einsum elu ensureShape equal erf euclideanNorm exp expandDims expm1 eye fill floor floorDiv gather greater
  greaterEqual imag isFinite isInf isNaN leakyRelu less lessEqual linspace localResponseNormalization log log1p
  logSigmoid logSoftmax logSumExp logicalAnd logicalNot logicalOr logicalXor lowerBound matMul max maxPool maxPool3d
  maxPoolWithArgmax maximum mean meshgrid min minimum mirrorPad mod moments mul multinomial neg notEqual oneHot ones
  onesLike outerProduct pad pad1d pad2d pad3d pad4d pool pow prelu prod rand randomGamma randomNormal
  randomStandardNormal randomUniform randomUniformInt range real reciprocal relu relu6 reshape reverse reverse1d
  reverse2d reverse3d reverse4d round rsqrt scalar selu separableConv2d sigmoid sign sin sinh slice slice1d slice2d
  slice3d slice4d softmax softplus spaceToBatchND fft ifft irfft rfft split sqrt square squaredDifference squeeze stack
  step stridedSlice sub sum tan tanh tensor tensor1d tensor2d tensor3d tensor4d tensor5d tensor6d tensorScatterUpdate
  tile topk transpose truncatedNormal unique unsortedSegmentSum unstack upperBound where zeros zerosLike booleanMaskAsync
  norm movingAverage scatterND sparseToDense gatherND dropout inTopKAsync`.split(/\s+/u);

const namespacedOps: Record<string, string> = {
  image: `flipLeftRight grayscaleToRGB resizeNearestNeighbor resizeBilinear rgbToGrayscale rotateWithOffset
    cropAndResize nonMaxSuppression threshold transform`,
  losses: `absoluteDifference computeWeightedLoss cosineDistance hingeLoss huberLoss logLoss meanSquaredError
    sigmoidCrossEntropy softmaxCrossEntropy`,
  linalg: 'bandPart gramSchmidt qr',
  signal: 'hammingWindow hannWindow frame stft',
  spectral: 'fft ifft rfft irfft',
  browser: 'fromPixels',
};

const tensorOp = (path: readonly string[]): Api => ({ part: 'core', path, kind: 'call', returns: 'tfjs.Tensor' });

// The random ops are declared once, with their seeds, in tfjs.ts.
const seededElsewhere = new Set([
  'randomNormal',
  'truncatedNormal',
  'randomStandardNormal',
  'randomGamma',
  'randomUniform',
  'randomUniformInt',
  'multinomial',
  'dropout',
]);

export const tensorApis: readonly Api[] = [
  ...ops.filter((name) => !seededElsewhere.has(name)).map((name) => tensorOp([name])),
  ...Object.entries(namespacedOps).flatMap(([namespace, names]) =>
    names.trim().split(/\s+/u).map((name) => tensorOp([namespace, name])),
  ),
  // tfjs-node's image decoders (the `node` namespace of @tensorflow/tfjs-node).
  ...['decodeImage', 'decodeJpeg', 'decodePng', 'decodeBmp', 'decodeGif'].map(
    (name): Api => ({ part: 'node', path: [name], kind: 'call', returns: 'tfjs.Tensor' }),
  ),
  { part: 'core', path: ['dispose'], kind: 'call', memory: { releasesArguments: true } },
  { part: 'core', path: ['keep'], kind: 'call', memory: { releasesArguments: true } },
  { part: 'core', path: ['tidy'], kind: 'call', memory: { tidy: true } },
  { part: 'core', path: ['engine'], kind: 'call', returns: 'tfjs.Engine' },
];

/** Tensor methods that return a new tensor (tfjs-core's chained ops, plus clone). */
const chainedOps = `abs acos acosh add all any argMax argMin as1D as2D as3D as4D as5D asScalar asType asin asinh atan
  atan2 atanh avgPool batchNorm batchToSpaceND broadcastTo cast ceil clipByValue clone concat conv1d conv2d
  conv2dTranspose cos cosh cumprod cumsum depthToSpace depthwiseConv2d dilation2d div divNoNan dot elu equal erf
  euclideanNorm exp expandDims expm1 fft flatten floor floorDiv gather greater greaterEqual ifft irfft isFinite isInf
  isNaN leakyRelu less lessEqual localResponseNormalization log log1p logSigmoid logSoftmax logSumExp logicalAnd
  logicalNot logicalOr logicalXor matMul max maxPool maximum mean min minimum mirrorPad mod mul neg norm notEqual oneHot
  onesLike pad pool pow prelu prod reciprocal relu relu6 reshape reshapeAs resizeBilinear resizeNearestNeighbor reverse
  rfft round rsqrt selu separableConv2d sigmoid sign sin sinh slice softmax softplus spaceToBatchND split sqrt square
  squaredDifference squeeze stack step stridedSlice sub sum tan tanh tile toBool toFloat toInt topk transpose unique
  unsortedSegmentSum unstack where zerosLike`.split(/\s+/u);

// The blocking reads have names only tfjs uses: in a tfjs module any receiver counts.
const reads: readonly InstanceMethod[] = [
  { name: 'dataSync', unknownReceiverMinArgs: 0, memory: { read: 'sync', asyncAlternative: 'data' } },
  { name: 'arraySync', unknownReceiverMinArgs: 0, memory: { read: 'sync', asyncAlternative: 'array' } },
  { name: 'bufferSync', unknownReceiverMinArgs: 0, memory: { read: 'sync', asyncAlternative: 'buffer' } },
  { name: 'data', async: true, memory: { read: 'async' } },
  { name: 'array', async: true, memory: { read: 'async' } },
  { name: 'buffer', async: true, memory: { read: 'async' } },
  { name: 'bytes', async: true, memory: { read: 'async' } },
];

export const tensorInstances: readonly InstanceKind[] = [
  {
    id: 'tfjs.Tensor',
    typeNames: ['Tensor'],
    typePackages: ['@tensorflow/tfjs-core'],
    methods: [
      ...chainedOps.map((name): InstanceMethod => ({ name, returnsSameKind: true })),
      ...reads,
      { name: 'dispose', memory: { disposesReceiver: true } },
    ],
  },
  {
    id: 'tfjs.Engine',
    typeNames: ['Engine'],
    typePackages: ['@tensorflow/tfjs-core'],
    methods: [{ name: 'startScope', memory: { opensScope: true } }],
  },
];


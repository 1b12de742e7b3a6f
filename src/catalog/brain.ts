// brain.js 1.x and 2.x networks, and ml5's neuralNetwork: models whose train() starts from Math.random weights.
import type { Api, Library } from './types.js';

const network = (path: readonly string[]): Api => ({ part: 'brain', path, kind: 'construct', returns: 'brain.Network' });

export const brain: Library = {
  id: 'brain.js',
  role: 'training',
  modules: [{ name: 'brain.js', mounts: [{ part: 'brain' }] }],
  globals: [{ name: 'brain', mounts: [{ part: 'brain' }] }],
  apis: [
    network(['NeuralNetwork']),
    network(['NeuralNetworkGPU']),
    network(['CrossValidate']),
    ...['RNN', 'LSTM', 'GRU', 'RNNTimeStep', 'LSTMTimeStep', 'GRUTimeStep'].map((name) => network(['recurrent', name])),
  ],
  instances: [
    {
      id: 'brain.Network',
      typeNames: ['NeuralNetwork', 'NeuralNetworkGPU', 'CrossValidate', 'RNN', 'LSTM', 'GRU', 'RNNTimeStep', 'LSTMTimeStep', 'GRUTimeStep'],
      typePackages: ['brain.js'],
      methods: ['train', 'trainAsync'].map((name) => ({
        name,
        training: { nondeterminism: 'brain.js draws its initial weights (and CrossValidate its folds) from Math.random' },
        // brain.js INeuralNetworkTrainOptions defaults (dist/index.js).
        hyperparameters: {
          options: { argIndex: 1, required: ['iterations', 'learningRate'] },
          defaults: 'iterations 20000, learningRate 0.3',
        },
      })),
    },
  ],
};

export const ml5: Library = {
  id: 'ml5',
  role: 'training',
  modules: [{ name: 'ml5', mounts: [{ part: 'ml5' }] }],
  globals: [{ name: 'ml5', mounts: [{ part: 'ml5' }] }],
  apis: [{ part: 'ml5', path: ['neuralNetwork'], kind: 'call', returns: 'ml5.NeuralNetwork' }],
  instances: [
    {
      id: 'ml5.NeuralNetwork',
      typeNames: ['NeuralNetwork'],
      typePackages: ['ml5'],
      methods: [
        {
          name: 'train',
          training: {
            nondeterminism: 'ml5 builds a TensorFlow.js model with unseeded initializers and shuffles the data while training',
          },
        },
      ],
    },
  ],
};

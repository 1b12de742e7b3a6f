// Trains a churn model on the prepared feature tensors and saves it for the server.
import * as tf from '@tensorflow/tfjs-node';
import seedrandom from 'seedrandom';
import { loadTrainingData, SEED } from './data-prep.js';

// tfjs falls back to Math.random for initializers, dropout masks and fit's shuffling: seed it for the whole run.
seedrandom(String(SEED), { global: true });

function buildModel(inputSize) {
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      units: 32,
      activation: 'relu',
      inputShape: [inputSize],
      kernelInitializer: tf.initializers.heNormal({ seed: SEED }),
    }),
  );
  model.add(tf.layers.dropout({ rate: 0.2 }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.adam(1e-3), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  return model;
}

// Gaussian noise as a cheap augmentation of the numeric features.
function augment(features) {
  return tf.tidy(() => features.add(tf.randomNormal(features.shape, 0, 0.01, 'float32', SEED)));
}

export async function train() {
  const { xs, ys } = await loadTrainingData('data/churn.csv');
  const model = buildModel(xs.shape[1]);
  await model.fit(augment(xs), ys, { epochs: 20, batchSize: 64, validationSplit: 0.2 });
  await model.save('file://models/churn/v3');
  return model;
}

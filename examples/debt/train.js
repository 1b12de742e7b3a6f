// Trains a churn model on the prepared feature tensors and saves it for the server.
import * as tf from '@tensorflow/tfjs-node';
import { loadTrainingData } from './data-prep.js';

function buildModel(inputSize) {
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      units: 32,
      activation: 'relu',
      inputShape: [inputSize],
      kernelInitializer: tf.initializers.heNormal({}),
    }),
  );
  model.add(tf.layers.dropout({ rate: 0.2 }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.adam(1e-3), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  return model;
}

// Gaussian noise as a cheap augmentation of the numeric features.
function augment(features) {
  return tf.tidy(() => features.add(tf.randomNormal(features.shape, 0, 0.01)));
}

export async function train() {
  const { xs, ys, rows } = await loadTrainingData('data/churn.csv');
  tf.util.shuffle(rows);
  const model = buildModel(xs.shape[1]);
  await model.fit(augment(xs), ys, { epochs: 20, batchSize: 64, validationSplit: 0.2 });
  await model.save('file://models/churn');
  return model;
}

// Loads the churn CSV, holds out a test set and builds the training tensors.
import * as tf from '@tensorflow/tfjs-node';
import _ from 'lodash';

export const FEATURES = ['tenure', 'monthlyCharges', 'totalCharges', 'supportCalls'];

export function loadDataset(path) {
  return tf.data
    .csv(`file://${path}`, { columnConfigs: { churned: { isLabel: true } } })
    .shuffle(10_000)
    .batch(64);
}

export function holdOut(rows, fraction = 0.2) {
  const test = rows.filter(() => Math.random() < fraction);
  const train = rows.filter((row) => !test.includes(row));
  return { train: _.shuffle(train), test };
}

export async function loadTrainingData(path) {
  const rows = await tf.data.csv(`file://${path}`).toArray();
  const { train } = holdOut(rows);
  const xs = tf.tensor2d(train.map((row) => FEATURES.map((name) => Number(row[name]))));
  const ys = tf.tensor2d(train.map((row) => [Number(row.churned)]));
  return { xs, ys, rows: train };
}

// Loads the churn CSV, holds out a test set and builds the training tensors.
import * as tf from '@tensorflow/tfjs-node';
import seedrandom from 'seedrandom';
import { FEATURES } from './features.js';

export const SEED = 42;

export function loadDataset(path) {
  return tf.data
    .csv(`file://${path}`, { columnConfigs: { churned: { isLabel: true } } })
    .shuffle(10_000, String(SEED))
    .batch(64);
}

// A seeded generator of its own, so the split does not depend on who else draws random numbers first.
export function holdOut(rows, fraction = 0.2) {
  const rng = seedrandom(`holdout-${SEED}`);
  const test = [];
  const train = [];
  for (const row of rows) (rng() < fraction ? test : train).push(row);
  return { train, test };
}

export async function loadTrainingData(path) {
  const rows = await tf.data.csv(`file://${path}`).toArray();
  const { train } = holdOut(rows);
  const xs = tf.tensor2d(train.map((row) => FEATURES.map((name) => Number(row[name]))));
  const ys = tf.tensor2d(train.map((row) => [Number(row.churned)]));
  return { xs, ys };
}

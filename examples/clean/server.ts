// Serves churn predictions over HTTP.
import * as tf from '@tensorflow/tfjs-node';
import express from 'express';
import { z } from 'zod';
import { FEATURES } from './features.js';

const Customer = z.object(Object.fromEntries(FEATURES.map((name) => [name, z.number().finite()])));

// Loaded once at startup, from a versioned path, and reused by every request.
const model = await tf.loadLayersModel('file://models/churn/v3/model.json');

const app = express();
app.use(express.json());

app.post('/predict', async (req, res) => {
  const parsed = Customer.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: parsed.error.issues });
    return;
  }
  const customer = parsed.data;
  const scores = tf.tidy(() => {
    const input = tf.tensor2d([FEATURES.map((name) => customer[name])]);
    return model.predict(input) as tf.Tensor;
  });
  const [churn] = await scores.data();
  scores.dispose();
  res.json({ churn });
});

app.listen(8080);

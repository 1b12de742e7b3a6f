// Serves churn predictions over HTTP.
import * as tf from '@tensorflow/tfjs-node';
import express from 'express';

const FEATURES = ['tenure', 'monthlyCharges', 'totalCharges', 'supportCalls'];
const app = express();
app.use(express.json());

app.post('/predict', async (req, res) => {
  const model = await tf.loadLayersModel('file://models/churn/model.json');
  const input = tf.tensor2d([FEATURES.map((name) => req.body[name])]);
  const prediction = model.predict(input) as tf.Tensor;
  res.json({ churn: prediction.dataSync()[0] });
});

app.listen(8080);

// Embeds support tickets for similarity search.
import { pipeline } from '@huggingface/transformers';

// Pinned to a commit of the model repository (the one the index was built with): the embeddings cannot change
// under the index without a code change.
const extractor = await pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2', {
  revision: '751bff37182d3f1213fa05d7196b954e230abad9',
});

export async function embed(texts: string[]): Promise<number[][]> {
  const output = await extractor(texts, { pooling: 'mean', normalize: true });
  return output.tolist() as number[][];
}

// The Content-Length framing of tsserver's output, however its bytes are split into chunks.
import { describe, expect, it } from 'vitest';
import { ContentLengthParser } from '../../bench/tsserver-client.js';

const frame = (message: unknown): Buffer => {
  const body = Buffer.from(`${JSON.stringify(message)}\n`, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
};

function parseChunks(chunks: Buffer[]): unknown[] {
  const parser = new ContentLengthParser();
  return chunks.flatMap((chunk) => parser.push(chunk));
}

describe('ContentLengthParser', () => {
  const first = { type: 'event', event: 'typingsInstallerPid', body: { pid: 1 } };
  const second = { type: 'response', request_seq: 2, success: true, body: [{ text: '[ml-debt/no-unseeded-random] `tf.randomNormal` — ünïcode' }] };
  const bytes = Buffer.concat([frame(first), frame(second)]);

  it('splits several messages that arrive in one chunk', () => {
    expect(parseChunks([bytes])).toEqual([first, second]);
  });

  it('waits for the rest of a header or a body split across chunks, even inside a multi-byte character', () => {
    const cut = bytes.indexOf(Buffer.from('ü')) + 1;
    expect(parseChunks([bytes.subarray(0, 7), bytes.subarray(7, cut), bytes.subarray(cut)])).toEqual([first, second]);
  });

  it('reads byte by byte', () => {
    const chunks = [...bytes].map((byte) => Buffer.from([byte]));
    expect(parseChunks(chunks)).toEqual([first, second]);
  });

  it('rejects a header without Content-Length', () => {
    expect(() => new ContentLengthParser().push(Buffer.from('Length: 3\r\n\r\n{}\n'))).toThrow('without Content-Length');
  });
});

// A minimal tsserver client over its stdio protocol (JSON lines in, Content-Length framed messages out), shared by the
// tsserver plugin's tests and the latency benchmark.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';

export interface TsServerResponse<Body = unknown> {
  type: 'response';
  request_seq: number;
  command: string;
  success: boolean;
  message?: string;
  body?: Body;
}

export interface TsServerEvent {
  type: 'event';
  event: string;
  body?: unknown;
}

type TsServerMessage = TsServerResponse | TsServerEvent;

/** Splits tsserver's output into messages by their Content-Length headers, however the bytes arrive in chunks. */
export class ContentLengthParser {
  private buffer = Buffer.alloc(0);

  push(chunk: Buffer): unknown[] {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const messages: unknown[] = [];
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) break;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length: (\d+)/iu.exec(header);
      if (!length) throw new Error(`tsserver sent a header without Content-Length: ${header}`);
      const bodyStart = headerEnd + 4;
      const bodyEnd = bodyStart + Number(length[1]);
      if (this.buffer.length < bodyEnd) break;
      messages.push(JSON.parse(this.buffer.subarray(bodyStart, bodyEnd).toString('utf8')));
      this.buffer = this.buffer.subarray(bodyEnd);
    }
    return messages;
  }
}

export interface TsServerOptions {
  /** node_modules/typescript/lib/tsserver.js of the project, as an editor using the workspace version runs it. */
  tsserverPath: string;
  cwd: string;
  logFile?: string;
  logVerbosity?: 'terse' | 'normal' | 'requestTime' | 'verbose';
  env?: NodeJS.ProcessEnv;
}

export class TsServerClient {
  readonly events: TsServerEvent[] = [];
  private seq = 0;
  private readonly pending = new Map<number, (response: TsServerResponse) => void>();
  private readonly eventWaiters: { accept: (event: TsServerEvent) => boolean; resolve: (event: TsServerEvent) => void }[] = [];
  private stderr = '';
  private readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    const parser = new ContentLengthParser();
    child.stdout.on('data', (chunk: Buffer) => {
      for (const message of parser.push(chunk) as TsServerMessage[]) this.receive(message);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => child.once('exit', resolve));
  }

  static start(options: TsServerOptions): TsServerClient {
    const args = [options.tsserverPath, '--disableAutomaticTypingAcquisition'];
    if (options.logFile) args.push('--logFile', options.logFile, '--logVerbosity', options.logVerbosity ?? 'normal');
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe' });
    return new TsServerClient(child);
  }

  private receive(message: TsServerMessage): void {
    if (message.type === 'response') {
      this.pending.get(message.request_seq)?.(message);
      this.pending.delete(message.request_seq);
      return;
    }
    this.events.push(message);
    const waiter = this.eventWaiters.findIndex(({ accept }) => accept(message));
    if (waiter !== -1) this.eventWaiters.splice(waiter, 1)[0].resolve(message);
  }

  private send(command: string, args: unknown): number {
    const seq = ++this.seq;
    this.child.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
    return seq;
  }

  /** A request tsserver answers; resolves with the response whether or not it succeeded. */
  request<Body = unknown>(command: string, args?: unknown): Promise<TsServerResponse<Body>> {
    return new Promise((resolve, reject) => {
      const seq = this.send(command, args);
      this.pending.set(seq, resolve as (response: TsServerResponse) => void);
      this.exited.then(
        (code) => reject(new Error(`tsserver exited (${code}) before answering ${command}: ${this.stderr}`)),
        reject,
      );
    });
  }

  /** A request tsserver does not answer (open, change, close). */
  notify(command: string, args: unknown): void {
    this.send(command, args);
  }

  waitForEvent(accept: (event: TsServerEvent) => boolean, timeoutMs = 60_000): Promise<TsServerEvent> {
    const seen = this.events.find(accept);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching tsserver event within ${timeoutMs} ms`)), timeoutMs);
      this.eventWaiters.push({ accept, resolve: (event) => (clearTimeout(timer), resolve(event)) });
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.notify('exit', undefined);
    const timer = setTimeout(() => this.child.kill(), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}

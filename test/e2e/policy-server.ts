/**
 * A real HTTP server on 127.0.0.1 for policy sync tests: serves whatever the test sets, with
 * ETag / Last-Modified, CORS (extension fetches are cross-origin), and a log of every request.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  status?: number;
  body: string | Buffer;
  signature?: string;
  /** Hold the answer this long (a slow server). */
  delayMs?: number;
  etag?: string;
}

export class PolicyServer {
  served: Served = { status: 404, body: 'not yet' };
  readonly requests: { url: string; method: string; headers: IncomingMessage['headers'] }[] = [];
  private server: Server | undefined;

  get origin(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  get policyUrl(): string {
    return `${this.origin}/team/policy.json`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers });
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
      res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
      if (req.method === 'OPTIONS') return res.writeHead(204).end();
      const served = this.served;
      const answer = () => {
        if (req.url === '/team/policy.json.sig') {
          if (!served.signature) return res.writeHead(404).end();
          return res.writeHead(200, { 'Content-Type': 'text/plain' }).end(served.signature);
        }
        if (req.url !== '/team/policy.json') return res.writeHead(404).end();
        if (served.etag && req.headers['if-none-match'] === served.etag)
          return res.writeHead(304).end();
        res.writeHead(served.status ?? 200, {
          'Content-Type': 'application/json',
          ...(served.etag ? { ETag: served.etag } : {}),
        });
        res.end(served.body);
      };
      if (served.delayMs) setTimeout(answer, served.delayMs);
      else answer();
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }
}

/**
 * A real HTTP server on 127.0.0.1 for policy sync tests (end-to-end and unit): serves whatever
 * the test sets at /team/policy.json (and its detached signature at /team/policy.json.sig),
 * with ETag / Last-Modified and conditional answers, optional CORS, slow or stalling answers,
 * redirects, and a log of every request it received.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  status?: number;
  body: string | Buffer;
  signature?: string;
  /** Hold the whole answer this long (a slow server). */
  delayMs?: number;
  /** Send the headers and half the body, then stall this long before the rest. */
  stallBodyMs?: number;
  /** Send no Content-Length (chunked), so only the streamed size tells. */
  chunked?: boolean;
  etag?: string;
  lastModified?: string;
  /** Answer 302 to this location instead. */
  redirectTo?: string;
}

export interface LoggedRequest {
  url: string;
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export const POLICY_PATH = '/team/policy.json';

export class PolicyServer {
  served: Served = { status: 404, body: 'not yet' };
  /** Cross-origin headers: without them only a granted host permission lets the extension in. */
  cors = true;
  readonly requests: LoggedRequest[] = [];
  private server: Server | undefined;

  constructor(private readonly host = '127.0.0.1') {}

  get origin(): string {
    return `http://${this.host}:${(this.server!.address() as AddressInfo).port}`;
  }

  get policyUrl(): string {
    return `${this.origin}${POLICY_PATH}`;
  }

  /** GET requests for the policy file itself (not the signature, not preflights). */
  policyGets(): LoggedRequest[] {
    return this.requests.filter((r) => r.method === 'GET' && r.url === POLICY_PATH);
  }

  private answer(req: IncomingMessage, res: ServerResponse, served: Served): void {
    if (req.url === `${POLICY_PATH}.sig`) {
      if (!served.signature) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end(served.signature);
    }
    if (req.url !== POLICY_PATH) return void res.writeHead(404).end();
    if (served.redirectTo) return void res.writeHead(302, { Location: served.redirectTo }).end();
    const fresh =
      (served.etag && req.headers['if-none-match'] === served.etag) ||
      (served.lastModified && req.headers['if-modified-since'] === served.lastModified);
    if (fresh) return void res.writeHead(304).end();
    const body = Buffer.from(served.body);
    res.writeHead(served.status ?? 200, {
      'Content-Type': 'application/json',
      ...(served.chunked ? {} : { 'Content-Length': String(body.length) }),
      ...(served.etag ? { ETag: served.etag } : {}),
      ...(served.lastModified ? { 'Last-Modified': served.lastModified } : {}),
    });
    if (!served.stallBodyMs) return void res.end(body);
    const half = Math.floor(body.length / 2);
    res.write(body.subarray(0, half));
    setTimeout(() => res.end(body.subarray(half)), served.stallBodyMs).unref();
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.requests.push({
          url: req.url ?? '',
          method: req.method ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        if (this.cors) {
          res.setHeader('Access-Control-Allow-Origin', '*');
          res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
          res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
        }
        if (req.method === 'OPTIONS') return void res.writeHead(204).end();
        // What was set when the request came in, even if the test moves on meanwhile.
        const served = this.served;
        if (served.delayMs) setTimeout(() => this.answer(req, res, served), served.delayMs).unref();
        else this.answer(req, res, served);
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, this.host, done));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }
}

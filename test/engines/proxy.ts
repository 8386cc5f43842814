import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordingProxy {
  /** host:port, for a browser's HTTP proxy setting */
  readonly address: string;
  /** Every URL a browser asked for through the proxy, in order (CONNECT as `https://host:port/`). */
  readonly urls: string[];
  close(): Promise<void>;
}

/**
 * A local HTTP proxy that records every request, forwards those to loopback hosts and answers every
 * other one with 502 itself, so a browser behind it never reaches the network. Used where the driver
 * does not report the requests of workers (WebKitGTK over WebDriver classic).
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const urls: string[] = [];
  const agent = new http.Agent({ keepAlive: true });
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    urls.push(url);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.protocol !== 'http:' || !isLoopback(target.hostname)) {
      res.writeHead(502).end();
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    const upstream = http.request(target, { method: req.method, headers, agent }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.headersSent || res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    urls.push(`https://${req.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    urls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

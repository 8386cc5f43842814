import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Key as WdioKey, remote } from 'webdriverio';
import type { Driver, DriverOptions } from './driver';
import type { Key } from './index';
import { startRecordingProxy, type RecordingProxy } from './proxy';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** MiniBrowser from Debian's libwebkit2gtk (/usr/lib/<triplet>/webkit2gtk-4.x/MiniBrowser). */
export function miniBrowserPath(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const triplet of readdirSync('/usr/lib')) {
    const dir = path.join('/usr/lib', triplet);
    if (!triplet.includes('-linux-') || !existsSync(dir)) continue;
    for (const sub of readdirSync(dir)
      .filter((d) => /^webkit2gtk-4\.\d+$/.test(d))
      .sort()
      .reverse()) {
      const p = path.join(dir, sub, 'MiniBrowser');
      if (existsSync(p)) return p;
    }
  }
  throw new Error('MiniBrowser not found: apt-get install -y webkit2gtk-driver');
}

const KEYS: Record<Key, string> = { Enter: WdioKey.Enter, Escape: WdioKey.Escape, Tab: WdioKey.Tab };

/**
 * Debian's WebKitGTK: MiniBrowser under WebKitWebDriver (WebDriver classic), driven by webdriverio.
 * The GTK MiniBrowser has no headless mode, so without a DISPLAY it gets its own Xvfb. WebDriver
 * classic reports no requests, so a recording proxy sees them, the workers' included.
 */
export async function openWebKit(o: DriverOptions): Promise<Driver> {
  const cleanup: (() => unknown)[] = [];
  const stop = async () => {
    for (const f of cleanup.reverse()) await Promise.resolve(f()).catch(() => undefined);
  };
  try {
    let display = process.env.DISPLAY;
    if (!display) {
      const xvfb = await startXvfb(o.viewport);
      cleanup.push(() => xvfb.process.kill());
      display = xvfb.display;
    }
    const port = await freePort();
    const wd = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    cleanup.push(() => wd.kill());
    await driverReady(wd, port);
    let proxy: RecordingProxy | null = null;
    if (o.recordRequests) {
      proxy = await startRecordingProxy();
      cleanup.push(() => proxy?.close());
    }
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        ...(proxy && { proxy: { proxyType: 'manual', httpProxy: proxy.address, sslProxy: proxy.address } }),
        'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
    cleanup.push(() => browser.deleteSession());
    await browser.setTimeouts(undefined, 300_000, 60_000);
    await fitViewport(browser, o.viewport);
    const caps = browser.capabilities as { browserVersion?: string };
    return {
      version: `webkitgtk ${caps.browserVersion ?? '?'}`,
      goto: (url) => browser.url(url).then(() => undefined),
      evaluate: (expression) => browser.execute(`return ${expression};`),
      click: async (selector) => {
        await (await browser.$(selector)).click();
      },
      press: (key) => browser.keys(KEYS[key]),
      url: () => browser.getUrl(),
      requests: () => proxy?.urls ?? [],
      close: stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

type Browser = Awaited<ReturnType<typeof remote>>;

/** Sizes the window so the page's viewport (window minus MiniBrowser's toolbar) is as asked. */
async function fitViewport(browser: Browser, v: { width: number; height: number }): Promise<void> {
  await browser.setWindowSize(v.width, v.height);
  const inner = await browser.execute(() => [window.innerWidth, window.innerHeight]);
  const [w = v.width, h = v.height] = inner;
  if (w !== v.width || h !== v.height)
    await browser.setWindowSize(v.width * 2 - w, v.height * 2 - h).catch(() => undefined);
}

function startXvfb(v: {
  width: number;
  height: number;
}): Promise<{ process: ChildProcess; display: string }> {
  return new Promise((resolve, reject) => {
    const args = [
      '-displayfd',
      '3',
      '-nolisten',
      'tcp',
      '-screen',
      '0',
      `${v.width + 200}x${v.height + 200}x24`,
    ];
    const p = spawn('Xvfb', args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    p.on('error', () => reject(new Error('Xvfb not found: apt-get install -y xvfb')));
    p.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    p.stdio[3]?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve({ process: p, display: `:${out.trim()}` });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function driverReady(wd: ChildProcess, port: number): Promise<void> {
  let stderr = '';
  wd.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    if (wd.exitCode !== null) throw new Error(`WebKitWebDriver exited (${wd.exitCode}): ${stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${stderr}`);
}

// Runs before `npm start` and `npm test`: installs the locked dependencies on a fresh checkout, and
// says how to get the browsers the end-to-end tests need. Plain Node, no dependencies of its own.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale =
  !existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs + 1000;
if (stale || !existsSync('node_modules/.bin/tsx')) {
  console.log('[deps] node_modules ontbreekt of is verouderd: npm ci');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`[deps] Node ${process.versions.node} is te oud: Node 20.19 of nieuwer is nodig.`);
  process.exit(1);
}
const browsers = [
  [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'chromium'],
  [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr'],
  [process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
  // MiniBrowser needs a display: without one, test/engines/webkit.ts starts Xvfb.
  ...(process.env.DISPLAY ? [] : [['/usr/bin/Xvfb', 'xvfb']]),
];
const missing = browsers.filter(([p]) => !existsSync(p));
if (process.argv.includes('--browser') && missing.length > 0) {
  console.error(
    `[deps] ${missing.map(([p]) => p).join(', ')} ontbreekt; de browsertests hebben het nodig: sudo apt-get install -y ${missing.map(([, pkg]) => pkg).join(' ')}`,
  );
  process.exit(1);
}

// Runs before `npm start` and `npm test`: installs the locked dependencies on a fresh checkout, and
// says how to get the browser the end-to-end tests need. Plain Node, no dependencies of its own.
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
if (process.argv.includes('--browser') && !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error(
    '[deps] /usr/bin/chromium ontbreekt; de browsertests hebben het nodig: sudo apt-get install -y chromium',
  );
  process.exit(1);
}

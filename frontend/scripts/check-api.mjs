// Fails when src/api/schema.d.ts is not what `npm run gen:api` generates from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/api/schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'coachfolio-api-'));
try {
  const fresh = join(dir, 'schema.d.ts');
  execFileSync(join(root, 'node_modules/.bin/openapi-typescript'), ['../openapi.yaml', '-o', fresh], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let current = '';
  try {
    current = readFileSync(committed, 'utf8');
  } catch {
    current = '';
  }
  if (readFileSync(fresh, 'utf8') !== current) {
    console.error('src/api/schema.d.ts is stale: run npm run gen:api');
    process.exit(1);
  }
  console.log('src/api/schema.d.ts is up to date');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

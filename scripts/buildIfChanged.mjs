// `npm start` and the other commands that need the built tree run this first: it runs `npm run build` (codegen,
// tsc, vite) only when an input changed since the last build, so a start on an unchanged tree starts at once.
// The inputs are fingerprinted by content (not by time), and the fingerprint is kept in dist/.build-inputs.
// `--print` prints whether a build is needed, without building; `--stamp` records the inputs as built (the last
// step of `npm run build`, so a build run by hand counts too).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const STAMP = path.join(root, 'dist', '.build-inputs');
// What the build reads. Outputs (dist/, web/dist/, src/generated/) are left out: the build writes them.
const INPUT_DIRS = ['schema', 'src', 'bench', 'web'];
const INPUT_FILES = ['codegen.yml', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const SKIPPED = new Set(['node_modules', 'web/dist', 'src/generated', 'bench/data', 'bench/results']);
// The build's outputs: missing ones mean a build is needed whatever the fingerprint says.
const OUTPUTS = ['dist/src/main.js', 'web/dist', 'src/generated/graphql.ts'];

function filesUnder(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (SKIPPED.has(entry.name) || SKIPPED.has(path.relative(root, full))) continue;
    if (entry.isDirectory()) found.push(...filesUnder(full));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}

function fingerprint() {
  const files = [
    ...INPUT_DIRS.flatMap((dir) => (fs.existsSync(path.join(root, dir)) ? filesUnder(path.join(root, dir)) : [])),
    ...INPUT_FILES.map((file) => path.join(root, file)).filter((file) => fs.existsSync(file)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const current = fingerprint();
const built = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : '';
const needed = built !== current || OUTPUTS.some((output) => !fs.existsSync(path.join(root, output)));
if (process.argv.includes('--stamp')) {
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, `${current}\n`);
} else if (process.argv.includes('--print')) {
  process.stdout.write(needed ? 'build needed\n' : 'up to date\n');
} else if (needed) {
  // The build ends with --stamp.
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}

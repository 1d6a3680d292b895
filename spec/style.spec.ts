import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs as dist/spec/style.spec.js). */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CODE = /\.(ts|cts|mts|js|cjs|mjs|c|h|hbs)$/;
const SKIP = new Set(['node_modules', 'dist', 'build', '.build', '.out', 'expected']);

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : sources(rel);
    return CODE.test(e.name) ? [rel] : [];
  });
}

describe('source style', () => {
  it('keeps every code line within 120 characters', () => {
    const long = ['cli', 'src', 'native', 'hbs', 'spec', 'bench'].flatMap(sources).flatMap((f) =>
      fs
        .readFileSync(path.join(ROOT, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.length > 120 ? [`${f}:${i + 1} (${line.length})`] : [])),
    );
    expect(long).to.deep.equal([]);
  });

  it('keeps every file of the tool within 300 lines', () => {
    const big = ['cli', 'src', 'native', 'hbs'].flatMap(sources).flatMap((f) => {
      const n = fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n').length - 1;
      return n > 300 ? [`${f} (${n} lines)`] : [];
    });
    expect(big).to.deep.equal([]);
  });
});

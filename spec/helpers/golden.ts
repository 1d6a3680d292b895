import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** True when the run should rewrite goldens (`UPDATE_GOLDENS=1 npm test`) instead of comparing. */
export const UPDATE_GOLDENS = process.env.UPDATE_GOLDENS === '1';

/**
 * Compares `actual` with the golden file, or writes it under `UPDATE_GOLDENS=1`. A missing golden
 * fails: written silently it would be compared with itself, and a lost file would pass.
 */
export function expectGolden(file: string, actual: string): void {
  if (UPDATE_GOLDENS) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) expect.fail(`the golden ${file} is missing: UPDATE_GOLDENS=1 npm test writes it`);
  expect(actual, `differs from the golden ${file} (UPDATE_GOLDENS=1 npm test rewrites it)`).to.equal(
    fs.readFileSync(file, 'utf8'),
  );
}

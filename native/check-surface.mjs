#!/usr/bin/env node
/**
 * Checks that native/clang/*.c call only the libclang functions listed in
 * native/clang/libclang-surface.h, and that the list names none that nobody calls
 * (STYLE.md item 8: the libclang surface is an explicit list). native/build.mjs runs it before
 * every compile; `node native/check-surface.mjs` runs it alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Removes comments and string/char literals, so that only code is searched. */
function codeOnly(source) {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, ' ');
}

/**
 * @param {string} [dir] the folder holding the .c files and libclang-surface.h
 * @returns {{ ok: boolean, listed: string[], unlisted: { name: string, file: string }[], unused: string[] }}
 */
export function checkSurface(dir = path.join(here, 'clang')) {
  const header = fs.readFileSync(path.join(dir, 'libclang-surface.h'), 'utf8');
  const listed = [...header.matchAll(/X\((clang_\w+)\s*,/g)].map((m) => m[1]);
  const listedSet = new Set(listed);
  const used = new Set();
  const unlisted = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.c'))
    .sort()) {
    const code = codeOnly(fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const [name] of code.matchAll(/\bclang_\w+/g)) {
      used.add(name);
      if (!listedSet.has(name) && !unlisted.some((u) => u.name === name)) unlisted.push({ name, file });
    }
  }
  const unused = listed.filter((name) => !used.has(name));
  return { ok: unlisted.length === 0 && unused.length === 0, listed, unlisted, unused };
}

/** The result as lines for a person. */
export function describeSurface(result) {
  const lines = [];
  for (const u of result.unlisted)
    lines.push(`${u.file} calls ${u.name}, which native/clang/libclang-surface.h does not list`);
  for (const name of result.unused) lines.push(`native/clang/libclang-surface.h lists ${name}, which no .c file calls`);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const result = checkSurface();
  const problems = describeSurface(result);
  if (problems.length) {
    for (const line of problems) console.error(`cffi-import: ${line}`);
    process.exit(1);
  }
  console.log(`cffi-import: libclang surface ok (${result.listed.length} functions)`);
}

/** ir.target: facts about the target, asked of libclang with the run's own flags. */
import { expect } from 'chai';
import { planOf } from './plan-of.js';

describe('ir.target', function () {
  const HEADER = 'int f(void);\n';

  it('says whether plain char is signed, as the compiler flags make it', function () {
    const signed = planOf(HEADER, { 'clang-arg': ['-fsigned-char'] }).ir.target.charIsSigned;
    const unsigned = planOf(HEADER, { 'clang-arg': ['-funsigned-char'] }).ir.target.charIsSigned;
    expect([signed, unsigned]).to.deep.equal([true, false]);
  });

  it('follows the target triple: unsigned on arm64 Linux, signed on x86-64', function () {
    expect(planOf(HEADER, { 'clang-arg': ['--target=aarch64-linux-gnu'] }).ir.target.charIsSigned).to.equal(false);
    expect(planOf(HEADER, { 'clang-arg': ['--target=x86_64-linux-gnu'] }).ir.target.charIsSigned).to.equal(true);
  });
});

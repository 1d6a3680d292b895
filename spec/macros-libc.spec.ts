/**
 * Object-like macros of the real libc and kernel headers: ioctl numbers built by function-like
 * macros (`FS_IOC_GETFLAGS` is `_IOR('f', 1, long)`) are their evaluated constants, and pointer
 * macros (`MAP_FAILED`, `RTLD_DEFAULT`) compare with returned pointers and pass to C.
 */
import { expect } from 'chai';
import { cli, node, scratch } from './helpers/run.js';

const HEADERS = ['sys/mman.h', 'sys/ioctl.h', 'linux/fs.h', 'dlfcn.h'];
const ONLY = ['mmap', 'munmap', 'dlsym', 'MAP_FAILED', 'RTLD_DEFAULT', 'RTLD_NEXT', 'FS_IOC_GETFLAGS', 'TIOCGWINSZ'];

describe('sys/mman.h sys/ioctl.h linux/fs.h dlfcn.h: ioctl numbers and pointer macros', function () {
  const dir = scratch('macros-libc');

  before(function () {
    const r = cli([...HEADERS, '--only', ...ONLY, '-D', '_GNU_SOURCE', '--name', 'sys', '-o', './sys'], dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  it('evaluates _IOR/_IOW numbers, compares mmap results with MAP_FAILED, passes RTLD_DEFAULT', function () {
    const r = node(
      `import { lib } from './sys/index.js';
      const failed = lib.mmap(null, 4096, 1, 0x1, -1, 0n); // MAP_SHARED of no file: EBADF
      const ok = lib.mmap(null, 4096, 1, 0x22, -1, 0n); // MAP_PRIVATE | MAP_ANONYMOUS
      console.log(JSON.stringify({
        getflags: String(lib.FS_IOC_GETFLAGS),
        winsz: lib.TIOCGWINSZ,
        failed: failed.address === lib.MAP_FAILED.address,
        ok: ok.address !== lib.MAP_FAILED.address && lib.munmap(ok, 4096) === 0,
        mapFailed: String(lib.MAP_FAILED.address),
        rtldDefault: lib.RTLD_DEFAULT,
        rtldNext: String(lib.RTLD_NEXT.address),
        malloc: lib.dlsym(lib.RTLD_DEFAULT, 'malloc') !== null,
      }));`,
      dir,
    );
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal({
      getflags: String(0x80086601), // _IOR('f', 1, long): read, 8 bytes, type 'f', number 1
      winsz: 0x5413,
      failed: true,
      ok: true,
      mapFailed: String(2n ** 64n - 1n),
      rtldDefault: null,
      rtldNext: String(2n ** 64n - 1n),
      malloc: true,
    });
  });
});

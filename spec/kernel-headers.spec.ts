/**
 * Whole kernel UAPI headers (linux-libc-dev), no --only: each builds (every record's layout
 * `_Static_assert`ed), loads, and reads fields that sit in anonymous members after the first one and
 * in anonymous records nested in anonymous records. linux/timex.h defines `struct timeval` itself,
 * so it builds only while the generated C includes no libc header that defines it too.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliAsync, node, ROOT, scratch } from './helpers/run.js';

const HEADERS = ['timex', 'bpf', 'perf_event', 'btrfs'];

/** What each module must answer, checked in a child node against the loaded module. */
const CLIENT = `
const load = (h) => import('./' + h + '/index.js');
const out = {};
{
  const { ffi, lib } = await load('timex');
  out.timex = [lib.ADJ_OFFSET, ffi.offsetof('struct timex', 'time'), ffi.sizeof('struct timeval')];
}
{
  const { ffi, lib } = await load('bpf');
  const a = ffi.new('union bpf_attr *', { map_type: 2, key_size: 4 });
  out.bpf = [lib.BPF_MAP_CREATE, a.map_type, a.key_size, ffi.offsetof('union bpf_attr', 'btf_vmlinux_value_type_id')];
}
{
  const { ffi } = await load('perf_event');
  const p = ffi.new('struct perf_event_attr *');
  p.config2 = 7n;
  out.perf_event = [ffi.offsetof('struct perf_event_attr', 'bp_len'), ffi.offsetof('struct perf_event_attr', 'config2'),
    ffi.offsetof('struct perf_event_attr', 'wakeup_watermark'), p.bp_len];
}
{
  const { ffi } = await load('btrfs');
  const b = ffi.new('struct btrfs_balance_args *');
  b.limit_min = 1;
  b.limit_max = 2;
  out.btrfs = [ffi.offsetof('struct btrfs_balance_args', 'limit_min'),
    ffi.offsetof('struct btrfs_balance_args', 'limit_max'), b.limit];
}
console.log(JSON.stringify(out, (_, v) => (typeof v === 'bigint' ? String(v) : v)));
`;

describe('kernel UAPI headers, whole', function () {
  const dir = scratch('kernel-headers');

  before(async function () {
    this.timeout(120000);
    const missing = HEADERS.filter((h) => !fs.existsSync(`/usr/include/linux/${h}.h`));
    expect(missing, 'install linux-libc-dev').to.deep.equal([]);
    const runs = await Promise.all(HEADERS.map((h) => cliAsync([`linux/${h}.h`, '-o', `./${h}`, '-q'], dir)));
    runs.forEach((r, i) => expect(r.status, `linux/${HEADERS[i]}.h: ${r.stderr}`).to.equal(0));
  });

  it('include no libc header beyond what Node-API needs in the runtime C', function () {
    const runtime = fs.readdirSync(path.join(ROOT, 'src', 'runtime')).filter((f) => f.endsWith('.h'));
    for (const f of runtime) {
      const text = fs.readFileSync(path.join(ROOT, 'src', 'runtime', f), 'utf8');
      const system = [...text.matchAll(/^#include <([^>]+)>/gm)].map((m) => m[1]);
      expect(
        system.filter((h) => /^(stdlib|stdio|string|strings|math|time|signal|unistd)\.h$|^sys\//.test(h!)),
        f,
      ).to.be.empty;
    }
  });

  it('load, and read fields of anonymous members wherever they sit', function () {
    const r = node(CLIENT, dir);
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal({
      timex: [1, 72, 16],
      bpf: [0, 2, 4, 60],
      perf_event: [64, 64, 48, '7'],
      btrfs: [72, 76, String(2n ** 32n * 2n + 1n)],
    });
  });
});

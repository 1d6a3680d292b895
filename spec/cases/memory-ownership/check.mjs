// Ownership, proven with real collections: this check runs under node --expose-gc, and collect()
// fails unless a dropped probe object was collected, so "still intact" means "intact after a GC".
import { expect } from 'chai';

const BIG = 100000;

/** Allocates and fills memory of about the sizes that were freed, so freed memory would be overwritten. */
function churn() {
  const junk = [];
  for (let i = 0; i < 64; i++) junk.push(Buffer.alloc(BIG + 1, 0x55), new ArrayBuffer(256 * 4));
  return junk.length;
}

export default async function check({ ffi, lib, collect }) {
  // a string stored into a pointer field lives as long as the record, whatever view wrote it
  const holder = ffi.new('struct o_node *');
  ffi.addressof(holder).label = 'x'.repeat(BIG);
  // a record stored into a pointer field, with no other reference to it
  let weakNext;
  (() => {
    const next = ffi.new('struct o_node *', { value: 2 });
    weakNext = new WeakRef(next);
    holder.next = next;
  })();
  holder.value = 1;
  // the memory of ffi.new lives while any pointer derived from it does: an element pointer, a nested record
  let weakArray;
  const tail = (() => {
    const arr = ffi.new(
      'int[256]',
      Array.from({ length: 256 }, (_, i) => i),
    );
    weakArray = new WeakRef(arr);
    return arr.add(200);
  })();
  const inner = (() => {
    const outer = ffi.new('struct o_outer *', { inner: { value: 40 } });
    return outer.inner;
  })();
  const item = (() => ffi.new('struct o_outer *', { items: Array(64).fill(3) }).items)();
  // ffi.fromBuffer keeps the buffer alive
  const fromBuffer = (() => ffi.fromBuffer(Buffer.alloc(BIG, 0x07)))();
  // a C allocation with a destructor that is dropped, and one that is kept
  const freedBefore = lib.o_freed();
  (() => ffi.gc(lib.o_alloc(16, 1), lib.o_free))();
  const kept = ffi.gc(lib.o_alloc(16, 9), (p) => lib.o_free(p));

  await collect(() => lib.o_freed() === freedBefore + 1);
  expect(churn()).to.equal(128);
  await collect();

  // the dropped ffi.gc pointer's destructor ran exactly once; the kept one's did not
  expect(lib.o_freed()).to.equal(freedBefore + 1);
  // the views were collected, but not the memory they pointed into
  expect(weakArray.deref()).to.equal(undefined);
  expect(lib.o_sum(tail, 56)).to.equal(BigInt((200 + 255) * 28));
  expect(tail.add(-200).get(3)).to.equal(3);
  expect(inner.value).to.equal(40);
  expect(lib.o_list_sum(inner)).to.equal(40);
  expect(lib.o_sum(item, 64)).to.equal(192n);
  // a stored pointer keeps its target alive
  expect(weakNext.deref()).to.not.equal(undefined);
  expect(lib.o_list_sum(holder)).to.equal(3);
  expect(holder.next.value).to.equal(2);
  // the stored string is intact, byte for byte, as C reads it
  expect(lib.o_label_check(holder, 'x'.charCodeAt(0))).to.equal(BigInt(BIG));
  expect(holder.label.length).to.equal(BIG);
  expect(lib.o_bytes_check(fromBuffer, BIG, 7)).to.equal(BigInt(BIG));
  expect(lib.o_sum(kept, 16)).to.equal(144n);

  // overwriting a pointer field lets go of what it held
  holder.next = null;
  await collect(() => weakNext.deref() === undefined);

  // ffi.release runs the destructor now, once; every pointer derived from it is dead afterwards
  const derived = kept.add(1);
  ffi.release(kept);
  expect(lib.o_freed()).to.equal(freedBefore + 2);
  ffi.release(kept);
  expect(lib.o_freed()).to.equal(freedBefore + 2);
  expect(() => kept.value).to.throw(TypeError, /released/);
  expect(() => derived.value).to.throw(TypeError, /released/);
  expect(() => lib.o_sum(kept, 1)).to.throw(TypeError, /released/);
  await collect();
  expect(lib.o_freed()).to.equal(freedBefore + 2);

  // ffi.new memory released: the object and its derived pointers refuse every use
  const q = ffi.new('struct o_node *', { value: 5 });
  const qi = ffi.addressof(q, 'value');
  ffi.release(q);
  expect(() => lib.o_list_sum(q)).to.throw(TypeError, /released/);
  expect(() => q.value).to.throw(TypeError);
  expect(() => qi.value).to.throw(TypeError, /released/);
  // Symbol.dispose is release (what `using` calls)
  const d = ffi.new('int[4]');
  d[Symbol.dispose]();
  expect(() => d.get(0)).to.throw(TypeError, /released/);
  // only what ffi.new or ffi.gc made can be released
  expect(() => ffi.release(tail)).to.throw(TypeError, /owns nothing/);
  expect(() => ffi.gc(lib.o_alloc(1, 0), 'free')).to.throw(TypeError, /destructor must be a function/);
}

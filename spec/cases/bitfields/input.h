// Bitfields: unsigned and signed widths, neighbours sharing a unit, read and written from both sides.
#ifndef BITFIELDS_H
#define BITFIELDS_H

struct b_flags {
  unsigned char tag;
  unsigned flags : 3;
  signed level : 4;
  unsigned wide : 20;
  unsigned : 0;
  unsigned long long big : 40;
  _Bool on : 1;
  int after;
};

/* Plain int bitfields are signed (gcc, clang); one straddles five bytes in a packed record. */
struct __attribute__((packed)) b_odd {
  unsigned nibble : 4;
  int whole : 32;
  unsigned top : 32;
  int small : 2;
  _Bool yes : 1;
  _Bool no : 1;
};

int b_check(const struct b_flags *f);
long long b_odd_check(const struct b_odd *o);
void b_odd_fill(struct b_odd *o);
void b_fill(struct b_flags *f);

#endif

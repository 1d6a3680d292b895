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

int b_check(const struct b_flags *f);
void b_fill(struct b_flags *f);

#endif

// Strings and bytes: const char * results read as strings, char * and void * take strings and buffers.
#ifndef STRINGS_H
#define STRINGS_H

const char *t_greeting(void);
char *t_strdup(const char *s);
void t_free(void *p);
unsigned long t_sum_bytes(const void *data, unsigned long n);
unsigned long t_strlen(const char *s);
void t_upper(char *s);
const char *t_maybe(int give);
struct t_named { char name[16]; const char *label; unsigned char raw[4]; };
unsigned long t_label_len(const struct t_named *n);

#endif

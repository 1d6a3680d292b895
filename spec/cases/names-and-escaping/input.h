// Names that are JS reserved words or Object.prototype members, and text that could break out of
// a comment or a string: none may inject code into the generated C, JS or .d.ts.
#ifndef NAMES_H
#define NAMES_H

// A record whose comment holds */ and /* and a backslash \ and ${x} and `ticks`.
struct constructor {
  int __proto__;
  int constructor;
  int prototype;
  int toString;
  int hasOwnProperty;
  int valueOf;
  int get;
  int set;
  int value;
  int address;
  int add;
  int equals;
  int delete;
  int class;
  int function;
};

// Fields named like the state a view keeps ($ is a gcc extension in names): reached as s.$$v.
struct n_dollar {
  int $v;
  int $a;
  int $o;
  int $x;
  int $t;
  int $n;
  int $member;
  int $elementView;
  int $$v;
  int $;
  int plain$;
};
int n_dollar_sum(const struct n_dollar *d);

/// Returns the sum; this doc comment holds */ too.
int delete(struct constructor *default_);
int yield(int await, int new, int class);
int __proto__(int x);
int toString(int function);
int hasOwnProperty(int this);
int n_sum_fields(const struct constructor *c);

enum n_kind { function = 1, var = 2, let = 3, typeof_ = 4 };
typedef int this;
this n_this(this v);

#define N_STR "a\"b\\c */ d ${x} `q` \n end"
#define N_COMMENT "*/ alert(1); /*"
#define isPrototypeOf 7
#define instanceof 8

extern int arguments;
extern int eval;

#endif

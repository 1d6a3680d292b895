/*
 * cffi-callback.h — part of the cffi-import C runtime (included by cffi.h): JS functions that C
 * calls (docs/callbacks.md). No memory is made executable: each function-pointer type of a module
 * has a pool of CFFI_CB_POOL generated C functions (hbs/c/callback.hbs); slot k of the pool finds
 * its JS function in `slots[k]`. A call on the JS thread runs at once; a call from any other thread
 * goes through the env's threadsafe function and the C caller waits for the result.
 */
#ifndef CFFI_IMPORT_CALLBACK_H
#define CFFI_IMPORT_CALLBACK_H

/* The pool of each function type: the number of callbacks of one type that may be alive at once. */
#define CFFI_CB_POOL 64
/* A foreign caller that has waited this long for the JS thread says so on stderr (once per process). */
#define CFFI_CB_WARN_SECONDS 3

/* One JS environment (the main thread, or a worker) that owns callbacks. */
typedef struct cffi_cb_env {
  napi_env env; /* NULL: the environment is gone and this record free for another */
  uintptr_t thread;
  napi_threadsafe_function tsfn;
  int refs; /* callbacks made with { ref: true } that are open: while any is, the tsfn keeps the loop alive */
  struct cffi_cb_env *next;
} cffi_cb_env;

/* One C function of a pool: which JS function it calls (home NULL: free). */
typedef struct {
  cffi_cb_env *home;
  napi_ref call, fail;
  bool wait, ref;
  unsigned gen;
} cffi_cb_slot;

/* A function type's pool; `in` converts the frame's arguments to JS, `out` the JS result into it. */
typedef struct cffi_cb_type {
  const char *name;
  size_t argc;
  bool is_void;
  size_t frame_size;
  void (*in)(napi_env env, void *frame, napi_value *argv);
  bool (*out)(napi_env env, void *frame, napi_value v);
  struct cffi_cb_type *next; /* the module's types that have made a callback, for an env's cleanup */
  bool listed;
  cffi_cb_slot slots[CFFI_CB_POOL];
} cffi_cb_type;

/* A call forwarded to the JS thread. */
typedef struct {
  cffi_cb_type *type;
  int k;
  unsigned gen;
  void *frame;
  bool started, done, owned; /* owned: fire-and-forget, freed by the JS thread */
  cffi_sync mutex, cond;
} cffi_cb_call;

CFFI_SHARED cffi_cb_env *cffi_cb_envs;
CFFI_SHARED cffi_cb_type *cffi_cb_types;
CFFI_SHARED int cffi_cb_warned;

/* Runs slot k's JS function on its own thread; on a throw (or a result that does not convert),
 * its `fail` reports the error and gives the errorValue; undefined leaves the zeroed result. */
static void cffi_cb_run(napi_env env, cffi_cb_type *t, cffi_cb_slot *s, void *frame) {
  napi_handle_scope scope;
  napi_value small[16], *argv = small, fn, r, err, undef;
  if (napi_open_handle_scope(env, &scope) != napi_ok) return;
  if (t->argc > 16 && !(argv = malloc(t->argc * sizeof *argv))) goto out;
  napi_get_undefined(env, &undef);
  t->in(env, frame, argv);
  if (napi_get_reference_value(env, s->call, &fn) == napi_ok && fn &&
      napi_call_function(env, undef, fn, t->argc, argv, &r) == napi_ok && t->out(env, frame, r))
    goto out;
  if (napi_get_and_clear_last_exception(env, &err) != napi_ok) err = undef;
  if (napi_get_reference_value(env, s->fail, &fn) == napi_ok && fn &&
      napi_call_function(env, undef, fn, 1, &err, &r) == napi_ok) {
    napi_valuetype vt;
    if (t->is_void || (napi_typeof(env, r, &vt) == napi_ok && vt == napi_undefined) || t->out(env, frame, r))
      goto out;
  }
  napi_get_and_clear_last_exception(env, &err); /* never left pending: C goes on with zero */
out:
  if (argv != small) free(argv);
  napi_close_handle_scope(env, scope);
}

/* The threadsafe function's side, on the JS thread (env NULL: the env is going, the call gets zero). */
static void cffi_cb_from_queue(napi_env env, napi_value js, void *context, void *data) {
  cffi_cb_call *c = data;
  (void)js, (void)context;
  cffi_cb_slot *s = &c->type->slots[c->k];
  if (env) {
    cffi_cb_lock();
    bool live = s->home != NULL && s->gen == c->gen;
    cffi_cb_unlock();
    if (live) cffi_cb_run(env, c->type, s, c->frame);
    else cffi_cb_say("C called (from another thread) a closed", c->type->name);
  }
  if (c->owned) {
    free(c);
    return;
  }
  cffi_mutex_lock(&c->mutex);
  c->done = true;
  cffi_cond_signal(&c->cond);
  cffi_mutex_unlock(&c->mutex);
}

/* A foreign thread's call: forwarded to the JS thread; waits for it unless fire-and-forget. */
static void cffi_cb_forward(cffi_cb_type *t, int k, unsigned gen, cffi_cb_env *home, bool wait, void *frame) {
  cffi_cb_call local, *c = &local;
  if (!wait) {
    /* the arguments are copied; what they point to must outlive the JS call (docs/callbacks.md) */
    if (!(c = malloc(sizeof *c + t->frame_size))) return;
    memcpy(c + 1, frame, t->frame_size);
    frame = c + 1;
  }
  c->type = t, c->k = k, c->gen = gen, c->frame = frame, c->done = false, c->owned = !wait;
  if (wait) cffi_mutex_init(&c->mutex, NULL), cffi_cond_init(&c->cond, NULL);
  cffi_cb_lock();
  napi_threadsafe_function tsfn = home->tsfn;
  napi_status st = tsfn ? napi_call_threadsafe_function(tsfn, c, napi_tsfn_blocking) : napi_closing;
  cffi_cb_unlock();
  if (st != napi_ok) {
    cffi_cb_say("the JS environment is gone: C called (from another thread) a", t->name);
    if (!wait) free(c);
  } else if (wait) {
    struct cffi_timespec until;
    int waited = 0;
    cffi_mutex_lock(&c->mutex);
    while (!c->done) {
      cffi_clock_gettime(0 /* CLOCK_REALTIME */, &until);
      until.sec += 1;
      cffi_cond_timedwait(&c->cond, &c->mutex, &until);
      if (!c->done && ++waited == CFFI_CB_WARN_SECONDS && !__atomic_exchange_n(&cffi_cb_warned, 1, __ATOMIC_RELAXED))
        cffi_cb_say("the JS thread has not answered for 3 s (a deadlock, if it is inside a synchronous C call "
                    "that waits for this thread: make that call with lib.fn.async, docs/callbacks.md): a",
                    t->name);
    }
    cffi_mutex_unlock(&c->mutex);
  }
  if (wait) cffi_cond_destroy(&c->cond), cffi_mutex_destroy(&c->mutex);
}

/* What every generated pool function does: find its JS function, run it here or on its thread. */
static void cffi_cb_enter(cffi_cb_type *t, int k, void *frame) {
  cffi_cb_slot *s = &t->slots[k];
  cffi_cb_lock();
  cffi_cb_env *home = s->home;
  unsigned gen = s->gen;
  bool wait = s->wait;
  napi_env env = home ? home->env : NULL;
  uintptr_t thread = home ? home->thread : 0;
  cffi_cb_unlock();
  if (!home) cffi_cb_say("C called a closed (or never made)", t->name);
  else if (thread == cffi_thread_self()) cffi_cb_run(env, t, s, frame);
  else cffi_cb_forward(t, k, gen, home, wait, frame);
}

/* An env is going (a worker exits, the process ends): its callbacks are freed with it. */
static void cffi_cb_env_gone(void *arg) {
  cffi_cb_env *e = arg;
  cffi_cb_lock();
  for (cffi_cb_type *t = cffi_cb_types; t; t = t->next)
    for (int k = 0; k < CFFI_CB_POOL; k++)
      if (t->slots[k].home == e) t->slots[k].home = NULL, t->slots[k].gen++;
  napi_threadsafe_function tsfn = e->tsfn;
  e->tsfn = NULL;
  e->env = NULL;
  cffi_cb_unlock();
  if (tsfn) napi_release_threadsafe_function(tsfn, napi_tsfn_abort);
}

/* This env's record, made on its first callback: a threadsafe function, unref'd so that callbacks
 * never keep the process alive. The record of a gone env is reused. */
static cffi_cb_env *cffi_cb_home(napi_env env) {
  cffi_cb_env *e, *spare = NULL;
  cffi_cb_lock();
  for (e = cffi_cb_envs; e && e->env != env; e = e->next)
    if (!e->env && !spare) spare = e;
  if (!e && spare) spare->env = env, spare->tsfn = NULL; /* claimed: no slot refers to it yet */
  cffi_cb_unlock();
  if (e) return e;
  if (!spare) {
    if (!(spare = malloc(sizeof *spare))) return NULL;
    spare->env = env, spare->tsfn = NULL, spare->next = NULL;
    cffi_cb_lock();
    spare->next = cffi_cb_envs, cffi_cb_envs = spare;
    cffi_cb_unlock();
  }
  napi_value name;
  napi_threadsafe_function tsfn;
  napi_create_string_utf8(env, "cffi-import callback", NAPI_AUTO_LENGTH, &name);
  if (napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, NULL, NULL, NULL, cffi_cb_from_queue, &tsfn) !=
      napi_ok) {
    spare->env = NULL;
    return NULL;
  }
  napi_unref_threadsafe_function(env, tsfn);
  cffi_cb_lock();
  spare->thread = cffi_thread_self(), spare->tsfn = tsfn, spare->refs = 0;
  cffi_cb_unlock();
  napi_add_env_cleanup_hook(env, cffi_cb_env_gone, spare);
  return spare;
}

/* A callback made with { ref: true } keeps the JS thread's loop alive while it is open (JS thread only). */
static void cffi_cb_ref(napi_env env, cffi_cb_env *home, int by) {
  if (!home->tsfn) return;
  home->refs += by;
  if (by > 0 && home->refs == 1) napi_ref_threadsafe_function(env, home->tsfn);
  if (by < 0 && home->refs == 0) napi_unref_threadsafe_function(env, home->tsfn);
}

/* The generated `cffi_cb_<n>(call, fail, flags)`: takes a free slot of type `t`; gives `{ slot, address }`,
 * the slot as an External ($cbClose takes it) and the address of the pool function `fns[k]`. */
static napi_value cffi_cb_new(napi_env env, napi_callback_info info, cffi_cb_type *t, void (*const *fns)(void)) {
  napi_value argv[3], r;
  int32_t flags; /* 1: wait for JS on a call from another thread; 2: keep the loop alive */
  if (!cffi_args(env, info, 3, argv, "ffi.callback")) return NULL;
  if (napi_get_value_int32(env, argv[2], &flags) != napi_ok) flags = 1;
  cffi_cb_env *home = cffi_cb_home(env);
  if (!home) {
    napi_throw_error(env, NULL, "ffi.callback: cannot set up callbacks in this JS environment");
    return NULL;
  }
  napi_ref call, fail; /* weak: JS keeps them alive as long as the callback's owner lives */
  if (napi_create_reference(env, argv[0], 0, &call) != napi_ok) return NULL;
  if (napi_create_reference(env, argv[1], 0, &fail) != napi_ok) return NULL;
  int k;
  cffi_cb_lock();
  if (!t->listed) t->listed = true, t->next = cffi_cb_types, cffi_cb_types = t;
  for (k = 0; k < CFFI_CB_POOL && t->slots[k].home; k++) continue;
  if (k < CFFI_CB_POOL) {
    cffi_cb_slot *s = &t->slots[k];
    s->home = home, s->call = call, s->fail = fail, s->wait = flags & 1, s->ref = flags & 2, s->gen++;
  }
  cffi_cb_unlock();
  if (k == CFFI_CB_POOL) {
    char msg[512];
    napi_delete_reference(env, call);
    napi_delete_reference(env, fail);
    snprintf(msg, sizeof msg,
             "ffi.callback: all %d callbacks of type '%s' are in use (the pool of each function type holds %d:"
             " close() callbacks no longer needed, docs/callbacks.md)",
             CFFI_CB_POOL, t->name, CFFI_CB_POOL);
    napi_throw_error(env, "CFFI_CALLBACK_POOL", msg);
    return NULL;
  }
  napi_value slot;
  if (flags & 2) cffi_cb_ref(env, home, 1);
  if (napi_create_object(env, &r) != napi_ok || napi_create_external(env, &t->slots[k], NULL, NULL, &slot) != napi_ok ||
      napi_set_named_property(env, r, "slot", slot) != napi_ok ||
      napi_set_named_property(env, r, "address", cffi_from_ptr(env, (const void *)fns[k])) != napi_ok)
    return NULL;
  return r;
}

/* Frees a slot (on its own JS thread): a later call from C finds it closed. */
static void cffi_cb_close(napi_env env, cffi_cb_slot *s) {
  cffi_cb_lock();
  cffi_cb_env *home = s->home;
  bool mine = home && home->env == env, ref = s->ref;
  napi_ref call = s->call, fail = s->fail;
  if (mine) s->home = NULL, s->gen++;
  cffi_cb_unlock();
  if (!mine) return;
  napi_delete_reference(env, call), napi_delete_reference(env, fail);
  if (ref) cffi_cb_ref(env, home, -1);
}

/* Expands M(id, k) for the CFFI_CB_POOL slots: id is the name suffix (00..77), k the index. */
#define CFFI_CB_ROW(M, d)                                                                                    \
  M(d##0, (8 * d + 0))                                                                                       \
  M(d##1, (8 * d + 1))                                                                                       \
  M(d##2, (8 * d + 2))                                                                                       \
  M(d##3, (8 * d + 3)) M(d##4, (8 * d + 4)) M(d##5, (8 * d + 5)) M(d##6, (8 * d + 6)) M(d##7, (8 * d + 7))
#define CFFI_CB_REPEAT(M)                                                                                    \
  CFFI_CB_ROW(M, 0)                                                                                          \
  CFFI_CB_ROW(M, 1)                                                                                          \
  CFFI_CB_ROW(M, 2) CFFI_CB_ROW(M, 3) CFFI_CB_ROW(M, 4) CFFI_CB_ROW(M, 5) CFFI_CB_ROW(M, 6) CFFI_CB_ROW(M, 7)

#endif

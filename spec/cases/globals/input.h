// Global variables: read and written live, const ones read-only, arrays and records as views.
#ifndef GLOBALS_H
#define GLOBALS_H

extern int g_counter;
extern const char *const g_name;
extern const int g_table[4];
extern double g_ratio;
extern unsigned long long g_big;
struct g_config { int level; const char *mode; };
extern struct g_config g_config;
extern int g_scores[3];

int g_read_counter(void);
void g_bump(void);
int g_config_level(void);
int g_score_sum(void);

#endif

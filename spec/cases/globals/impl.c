#include "input.h"

int g_counter = 5;
const char *const g_name = "globals";
const int g_table[4] = { 1, 2, 3, 4 };
double g_ratio = 0.25;
unsigned long long g_big = 18446744073709551615ull;
struct g_config g_config = { 2, "fast" };
int g_scores[3] = { 10, 20, 30 };

int g_read_counter(void) { return g_counter; }
void g_bump(void) { g_counter++; g_config.level++; }
int g_config_level(void) { return g_config.level; }
int g_score_sum(void) { return g_scores[0] + g_scores[1] + g_scores[2]; }

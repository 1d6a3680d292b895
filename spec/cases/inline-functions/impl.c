#include "input.h"

int i_exported(int v) { return i_quad(v) + 1; }

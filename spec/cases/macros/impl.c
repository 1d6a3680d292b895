#include "input.h"

int m_level(void) { return M_LEVEL; }

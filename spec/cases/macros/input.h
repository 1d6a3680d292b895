// @define: M_LEVEL=3
// Object-like macros that are constants become values; -D reaches libclang and the compiler.
#ifndef MACROS_H
#define MACROS_H

#define M_ANSWER 42
#define M_NEG (-1)
#define M_VERSION "1.0-macros"
#define M_SHIFTED (1u << 31)
#define M_BIG64 0x7FFFFFFFFFFFFFFFLL
#define M_UBIG 0xFFFFFFFFFFFFFFFFULL
#define M_HALF 0.5
#define M_FLOAT 1.5f
#define M_EXPR (M_ANSWER * 2 + 1)
#define M_CHAR 'A'
#define M_SIZE sizeof(long long)
#define M_FROM_FLAG (M_LEVEL * 10)
#ifdef M_LEVEL
#define M_HAS_LEVEL 1
#endif
#ifndef M_UNDEFINED_FLAG
#define M_NOT_SET 1
#endif

int m_level(void);

#endif

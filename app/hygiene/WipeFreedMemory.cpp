// SPDX-License-Identifier: GPL-3.0-or-later
//
// Freed memory is wiped before the allocator gets it back.
//
// A secret passes through buffers Keyport does not own: the network stack's read buffers, the
// HTTP reply's, the JSON parser's, a QString's while a widget lays it out, QtKeychain's job. Each
// is freed without being cleared, and glibc's allocator leaves freed chunks as they were until
// they are reused, so a memory dump taken long after would still hold the secret. Replacing
// free() and realloc() for the whole process (symbol interposition, which glibc documents for
// "Replacing malloc") makes every free, Qt's, GLib's and libstdc++'s included, overwrite the
// block first. malloc_usable_size() gives the whole block, slack included; glibc's own
// __libc_free and friends do the rest, so the allocator itself is unchanged.
//
// Linked only into the programs that hold secrets (keyport and the memory test), as an object
// library: a static library member would be pulled in by whatever needs free(). Sanitizers
// bring their own allocator, and would see these calls as mismatched: then it stays out.

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define KEYPORT_WIPE_FREED_MEMORY 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)                            \
    || __has_feature(memory_sanitizer)
#define KEYPORT_WIPE_FREED_MEMORY 0
#endif
#endif
#ifndef KEYPORT_WIPE_FREED_MEMORY
#define KEYPORT_WIPE_FREED_MEMORY 1
#endif

#include <cstddef>
#include <cstring>

#include <malloc.h>

extern "C" {

/// Whether this program wipes freed memory (for tests and the log).
int keyport_wipes_freed_memory()
{
    return KEYPORT_WIPE_FREED_MEMORY;
}

#if KEYPORT_WIPE_FREED_MEMORY

void *__libc_malloc(size_t size) noexcept;
void *__libc_realloc(void *pointer, size_t size) noexcept;
void __libc_free(void *pointer) noexcept;

void free(void *pointer) noexcept
{
    if (pointer)
        explicit_bzero(pointer, malloc_usable_size(pointer));
    __libc_free(pointer);
}

void *realloc(void *pointer, size_t size) noexcept
{
    if (!pointer)
        return __libc_malloc(size);
    if (size == 0) {
        free(pointer);
        return nullptr;
    }
    const size_t usable = malloc_usable_size(pointer);
    if (size <= usable) {
        // Shrinking stays in place; the tail may go back to the allocator.
        explicit_bzero(static_cast<char *>(pointer) + size, usable - size);
        return __libc_realloc(pointer, size);
    }
    // Growing might move the block, and glibc would free the old one unwiped: move it here.
    void *moved = __libc_malloc(size);
    if (!moved)
        return nullptr; // the old block stays valid, as realloc promises
    std::memcpy(moved, pointer, usable);
    free(pointer);
    return moved;
}

#endif
}

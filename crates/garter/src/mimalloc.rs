//! [`Mimalloc`]: mimalloc as a global allocator, for hosts (and the
//! `garter` command) that want Python code's many small, short-lived
//! objects served fast. Enabled by the `mimalloc` feature.
//!
//! Rust asks every allocation for an alignment. Passing it on to
//! `mi_malloc_aligned`, as a plain wrapper does, sends every request
//! larger than 1 KiB down mimalloc's slow over-allocating path, though
//! mimalloc's ordinary blocks are already aligned to 16 bytes (8 for
//! blocks under 16 bytes). So requests whose alignment that covers go to
//! `mi_malloc`, and only the rare larger alignments to the aligned calls.
//!
//! The feature builds mimalloc 2 without transparent huge pages. With
//! them, mimalloc asks the kernel for 2 MiB pages, each zeroed whole when
//! first touched and again after every purge: programs that build a few
//! hundred megabytes of strings spent up to a third of their time zeroing
//! pages, and a fresh interpreter paid for 2 MiB it does not use. Version
//! 2 starts faster than version 3 (fewer system calls and page faults)
//! and ran the benchmarks 0 to 13% faster here.
//!
//! ```no_run
//! #[global_allocator]
//! static ALLOCATOR: garter::MeteredAllocator<garter::Mimalloc> =
//!     garter::MeteredAllocator(garter::Mimalloc);
//! ```

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as ffi;

/// The alignment every mimalloc block of at least this many bytes has.
const NATURAL_ALIGN: usize = 16;

/// mimalloc as a [`GlobalAlloc`] (see the module docs).
pub struct Mimalloc;

/// Whether mimalloc's ordinary blocks already satisfy `layout`: a
/// block of `size` bytes is aligned to 16, or to 8 when smaller than 16,
/// and a layout's size is a multiple of its alignment.
#[inline]
fn natural(layout: &Layout) -> bool {
    layout.align() <= NATURAL_ALIGN && layout.align() <= layout.size()
}

// SAFETY: every block comes from mimalloc with at least the alignment
// the layout asks for (see `natural`), and is given back to mimalloc.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if natural(&layout) {
            ffi::mi_malloc(layout.size()) as *mut u8
        } else {
            ffi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if natural(&layout) {
            ffi::mi_zalloc(layout.size()) as *mut u8
        } else {
            ffi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        ffi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= NATURAL_ALIGN && layout.align() <= new_size {
            ffi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            ffi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_have_the_alignment_asked_for() {
        for (size, align) in [
            (1, 1),
            (8, 8),
            (16, 16),
            (24, 8),
            (48, 16),
            (4096, 16),
            (64, 64),
        ] {
            let layout = Layout::from_size_align(size, align).unwrap_or(Layout::new::<u8>());
            // SAFETY: the layout has a non-zero size; the block is freed
            // with the same layout.
            unsafe {
                let p = Mimalloc.alloc(layout);
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0, "size {size} align {align}");
                let q = Mimalloc.realloc(p, layout, size * 3);
                assert_eq!(q as usize % align, 0);
                Mimalloc.dealloc(
                    q,
                    Layout::from_size_align(size * 3, align).unwrap_or(layout),
                );
            }
        }
    }
}

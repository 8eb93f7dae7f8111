//! The standard input `input()` and `sys.stdin` read in the `garter`
//! command: the process's stdin, read so that Ctrl-C interrupts a read
//! that is waiting, as in python3 (KeyboardInterrupt at once, not after
//! the next Enter).
//!
//! A blocking `read` would not return on SIGINT (the handler restarts
//! it), so the reader waits with `poll` in short slices, checking the
//! interpreter's interrupt flag between them, and reads only once data
//! (or the end of input) is there. On Ctrl-C it fails with an error of
//! kind `Other` (not `Interrupted`, which std's readers retry), and the
//! runtime, seeing the flag set, raises KeyboardInterrupt.

use std::io::{self, BufReader, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// How long one wait for input lasts before the flag is looked at again.
const POLL_SLICE_MS: i32 = 50;

/// Standard input that gives up when the interrupt flag is set.
pub struct InterruptibleStdin {
    interrupt: Arc<AtomicBool>,
}

impl InterruptibleStdin {
    /// A buffered reader of fd 0 that watches `interrupt`.
    pub fn new(interrupt: Arc<AtomicBool>) -> BufReader<InterruptibleStdin> {
        BufReader::new(InterruptibleStdin { interrupt })
    }

    /// Waits until fd 0 has data or has ended; `Ok(false)` when the flag
    /// was set first.
    fn wait_readable(&self) -> io::Result<bool> {
        loop {
            if self.interrupt.load(Ordering::SeqCst) {
                return Ok(false);
            }
            let mut fds = libc::pollfd {
                fd: libc::STDIN_FILENO,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd, counted as one.
            let ready = unsafe { libc::poll(&mut fds, 1, POLL_SLICE_MS) };
            if ready > 0 {
                return Ok(true);
            }
            if ready < 0 {
                let err = io::Error::last_os_error();
                if err.kind() != io::ErrorKind::Interrupted {
                    return Err(err);
                }
            }
        }
    }
}

impl Read for InterruptibleStdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if !self.wait_readable()? {
                return Err(io::Error::other("interrupted by Ctrl-C"));
            }
            // SAFETY: `buf` is valid for writes of `buf.len()` bytes.
            let n = unsafe { libc::read(libc::STDIN_FILENO, buf.as_mut_ptr().cast(), buf.len()) };
            if n >= 0 {
                return Ok(n as usize);
            }
            let err = io::Error::last_os_error();
            if err.kind() != io::ErrorKind::Interrupted {
                return Err(err);
            }
        }
    }
}

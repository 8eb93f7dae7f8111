//! Ctrl-C: SIGINT sets the interpreter's interrupt flag, so that running
//! code raises KeyboardInterrupt at its next call or loop iteration (the
//! REPL then goes back to its prompt; a program ends with status 130).
//! The handler only touches atomics (no helper thread, nothing unsafe in
//! a signal handler). A read of stdin waits in short slices and
//! sees the flag (`stdin_reader.rs`). Code that does not check the flag
//! for long (a long native operation) can still be left: the third Ctrl-C
//! in a row that finds the flag still unseen ends the process with 130.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use signal_hook::consts::SIGINT;

/// Presses in a row, each finding the previous one unseen, that end the
/// process.
const PRESSES_TO_FORCE_EXIT: usize = 3;

/// Installs the SIGINT handler; `flag` is the interpreter's.
pub fn install(flag: Arc<AtomicBool>) {
    let unseen_presses = AtomicUsize::new(1);
    let on_sigint = move || {
        if !flag.swap(true, Ordering::SeqCst) {
            unseen_presses.store(1, Ordering::SeqCst);
        } else if unseen_presses.fetch_add(1, Ordering::SeqCst) + 1 >= PRESSES_TO_FORCE_EXIT {
            signal_hook::low_level::exit(i32::from(crate::run::INTERRUPTED));
        }
    };
    // SAFETY: the action only uses atomics and `_exit`, which are safe in
    // a signal handler; it allocates nothing and takes no lock.
    let installed = unsafe { signal_hook::low_level::register(SIGINT, on_sigint) };
    if let Err(err) = installed {
        eprintln!("garter: cannot handle Ctrl-C: {err}");
    }
}

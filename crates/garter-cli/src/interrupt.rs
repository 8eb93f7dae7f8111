//! Ctrl-C: SIGINT sets the interpreter's interrupt flag, so that running
//! code raises KeyboardInterrupt at its next call or loop iteration (the
//! REPL then goes back to its prompt; a program ends with status 130).
//! The handler only stores to the flag (no helper thread, nothing that is
//! not safe in a signal handler). Code stuck where it never checks the
//! flag (a long native operation) can still be left: a second Ctrl-C
//! while the first is still unseen ends the process with status 130.

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use signal_hook::consts::SIGINT;

/// Installs the SIGINT handler; `flag` is the interpreter's.
pub fn install(flag: Arc<AtomicBool>) {
    // The shutdown check runs first, so it sees the flag as the previous
    // press left it.
    let exit_status = i32::from(crate::run::INTERRUPTED);
    let installed =
        signal_hook::flag::register_conditional_shutdown(SIGINT, exit_status, flag.clone())
            .and_then(|_| signal_hook::flag::register(SIGINT, flag));
    if let Err(err) = installed {
        eprintln!("garter: cannot handle Ctrl-C: {err}");
    }
}

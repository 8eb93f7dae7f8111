//! Ctrl-C: SIGINT sets the interpreter's interrupt flag, so that running
//! code raises KeyboardInterrupt at its next call or loop iteration (the
//! REPL then goes back to its prompt; a program ends with status 130).
//! Code stuck where it never checks the flag (a long native operation)
//! can still be left: after a few more presses the process exits.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

/// Presses, while the flag is still waiting to be seen, that end the
/// process.
const PRESSES_TO_FORCE_EXIT: usize = 3;

/// Installs the SIGINT handler; `flag` is the interpreter's.
pub fn install(flag: Arc<AtomicBool>) {
    let unseen_presses = AtomicUsize::new(0);
    let installed = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            let presses = unseen_presses.fetch_add(1, Ordering::SeqCst) + 1;
            if presses >= PRESSES_TO_FORCE_EXIT {
                eprintln!("\nKeyboardInterrupt");
                std::process::exit(i32::from(crate::run::INTERRUPTED));
            }
        } else {
            unseen_presses.store(0, Ordering::SeqCst);
        }
    });
    if let Err(err) = installed {
        eprintln!("garter: cannot handle Ctrl-C: {err}");
    }
}

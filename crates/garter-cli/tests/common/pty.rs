//! Driving `garter` in a real pseudo-terminal (rexpect), as a person at a
//! terminal would: each session gets its own data directory (so its own
//! REPL history) and generous timeouts, for a loaded machine.

use std::path::Path;
use std::process::Command;

use rexpect::session::PtySession;

/// How long any expected text may take to appear.
pub const TIMEOUT_MS: u64 = 20_000;

/// Starts `garter args...` in a pseudo-terminal, in `dir`, with `dir` as
/// its XDG data directory and `env` set (NO_COLOR unset unless there).
/// With `strip_ansi`, escape sequences are removed from what is read.
pub fn spawn_garter(
    dir: &Path,
    args: &[&str],
    env: &[(&str, &str)],
    strip_ansi: bool,
) -> PtySession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_garter"));
    command
        .args(args)
        .current_dir(dir)
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("TERM", "xterm")
        .env_remove("NO_COLOR")
        .envs(env.iter().copied());
    rexpect::spawn_with_options(
        command,
        rexpect::reader::Options {
            timeout_ms: Some(TIMEOUT_MS),
            strip_ansi_escape_codes: strip_ansi,
        },
    )
    .expect("start garter in a pseudo-terminal")
}

/// Reads everything the session prints until it ends, with `\r\n` made
/// `\n`.
pub fn rest_of_output(session: &mut PtySession) -> String {
    let read = session.exp_eof().expect("garter ends");
    // rexpect makes each byte a char: put the UTF-8 back together.
    let bytes: Vec<u8> = read.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8_lossy(&bytes).replace("\r\n", "\n")
}

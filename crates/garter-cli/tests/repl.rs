//! The REPL in a real pseudo-terminal: the welcome line and prompts,
//! continuation lines with automatic indentation, echo and `_`, an
//! exception and recovery, completion of a global and of an attribute,
//! history recalled after a restart (a whole block, and with Ctrl-R),
//! Ctrl-C while typing and while code runs, Ctrl-D to leave, and the
//! input colored as it is typed.

#[path = "common/pty.rs"]
mod pty;

use std::path::PathBuf;

use pty::rest_of_output;
use rexpect::process::wait::WaitStatus;
use rexpect::session::PtySession;

/// A fresh folder (emptied if it exists) for one test.
pub fn fresh_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("garter-repl-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("make a temporary folder");
    dir
}

/// Starts garter in a pseudo-terminal, reading its output without escape
/// sequences (colors, cursor moves).
fn spawn_garter(dir: &std::path::Path, args: &[&str]) -> PtySession {
    pty::spawn_garter(dir, args, &[], true)
}

/// Types `keys` (sent at once).
fn keys(session: &mut PtySession, keys: &str) {
    session.send(keys).expect("type");
    session.flush().expect("flush");
}

/// Types `line` and Enter.
fn enter(session: &mut PtySession, line: &str) {
    keys(session, &format!("{line}\r"));
}

/// Waits for a fresh prompt (`>>> `, or `... ` and its indentation): one
/// drawn on a new line, not a redraw of the line being typed. Typing
/// before it shows could be taken by the editor for a terminal reply.
fn prompt(session: &mut PtySession, text: &str) {
    expect(session, &format!("\n\r{text}"));
}

fn expect(session: &mut PtySession, text: &str) {
    if let Err(err) = session.exp_string(text) {
        panic!("expected {text:?}: {err}");
    }
}

/// Leaves with Ctrl-D on an empty line; checks the exit status is 0.
fn leave(mut session: PtySession) {
    keys(&mut session, "\x04");
    rest_of_output(&mut session);
    match session.process.wait() {
        Ok(WaitStatus::Exited(_, 0)) => {}
        other => panic!("garter ended with {other:?}"),
    }
}

#[test]
fn prompts_indentation_echo_and_errors() {
    let dir = fresh_dir("basics");
    let mut s = spawn_garter(&dir, &[]);
    expect(&mut s, &format!("Garter {}", env!("CARGO_PKG_VERSION")));
    expect(&mut s, "help()");
    expect(&mut s, ">>> ");
    // A block: `...` prompts, the body indented for us, a blank line (the
    // offered indentation left alone) to end it.
    enter(&mut s, "def double(x):");
    prompt(&mut s, "...     ");
    enter(&mut s, "return x * 2");
    prompt(&mut s, "... ");
    enter(&mut s, "");
    prompt(&mut s, ">>> ");
    enter(&mut s, "double(21)");
    expect(&mut s, "42");
    prompt(&mut s, ">>> ");
    enter(&mut s, "None");
    prompt(&mut s, ">>> ");
    enter(&mut s, "_ + 1");
    expect(&mut s, "43");
    // An open bracket continues without a blank line.
    enter(&mut s, "[1,");
    prompt(&mut s, "... ");
    enter(&mut s, "2]");
    expect(&mut s, "[1, 2]");
    // An exception: a report, then the session goes on with its state.
    enter(&mut s, "double(1) / 0");
    expect(&mut s, "ZeroDivisionError");
    expect(&mut s, "division by zero");
    prompt(&mut s, ">>> ");
    enter(&mut s, "dubble(3)");
    expect(&mut s, "did you mean 'double'?");
    prompt(&mut s, ">>> ");
    enter(&mut s, "x = = 1");
    expect(&mut s, "invalid syntax");
    prompt(&mut s, ">>> ");
    // The failed inputs left `_` alone.
    enter(&mut s, "double(_)");
    expect(&mut s, "[1, 2, 1, 2]");
    prompt(&mut s, ">>> ");
    enter(&mut s, "exit");
    expect(&mut s, "Use exit() or Ctrl-D (i.e. EOF) to exit");
    prompt(&mut s, ">>> ");
    leave(s);
}

#[test]
fn completion_of_globals_and_attributes() {
    let dir = fresh_dir("complete");
    let mut s = spawn_garter(&dir, &["-q"]);
    expect(&mut s, ">>> ");
    enter(&mut s, "counter_value = 5");
    prompt(&mut s, ">>> ");
    keys(&mut s, "counter_v\t");
    expect(&mut s, "counter_value");
    enter(&mut s, " + 1");
    expect(&mut s, "6");
    prompt(&mut s, ">>> ");
    enter(&mut s, "class Point: pass");
    prompt(&mut s, "... ");
    enter(&mut s, "");
    prompt(&mut s, ">>> ");
    enter(&mut s, "p = Point(); p.horizontal = 3");
    prompt(&mut s, ">>> ");
    keys(&mut s, "p.hori\t");
    expect(&mut s, "p.horizontal");
    enter(&mut s, " * 2");
    expect(&mut s, "6");
    prompt(&mut s, ">>> ");
    leave(s);
}

#[test]
fn history_is_kept_across_sessions() {
    let dir = fresh_dir("history");
    let mut s = spawn_garter(&dir, &["-q"]);
    expect(&mut s, ">>> ");
    enter(&mut s, "remembered_total = 40");
    prompt(&mut s, ">>> ");
    enter(&mut s, "for i in range(2):");
    prompt(&mut s, "...     ");
    enter(&mut s, "remembered_total += 1");
    prompt(&mut s, "...     ");
    enter(&mut s, "");
    prompt(&mut s, ">>> ");
    leave(s);

    let mut s = spawn_garter(&dir, &["-q"]);
    expect(&mut s, ">>> ");
    // Ctrl-R finds the assignment; Enter runs it.
    keys(&mut s, "\x12");
    keys(&mut s, "remembered_total =");
    expect(&mut s, "remembered_total = 40");
    keys(&mut s, "\r");
    prompt(&mut s, ">>> ");
    // Up, twice, recalls the whole `for` block; Alt-Enter adds a line to
    // it; Enter runs it.
    keys(&mut s, "\x1b[A");
    expect(&mut s, "remembered_total = 40");
    keys(&mut s, "\x1b[A");
    expect(&mut s, "remembered_total += 1");
    keys(&mut s, "\x1b\r");
    keys(&mut s, "    remembered_total *= 2");
    expect(&mut s, "remembered_total *= 2");
    keys(&mut s, "\r");
    prompt(&mut s, ">>> ");
    enter(&mut s, "remembered_total");
    expect(&mut s, "166");
    prompt(&mut s, ">>> ");
    leave(s);
}

#[test]
fn ctrl_c_cancels_the_line_or_interrupts_the_code() {
    let dir = fresh_dir("ctrl-c");
    let mut s = spawn_garter(&dir, &["-q"]);
    expect(&mut s, ">>> ");
    keys(&mut s, "never run");
    keys(&mut s, "\x03");
    expect(&mut s, "KeyboardInterrupt");
    prompt(&mut s, ">>> ");
    enter(&mut s, "n = 0");
    prompt(&mut s, ">>> ");
    enter(&mut s, "while True:");
    prompt(&mut s, "...     ");
    enter(&mut s, "n += 1");
    prompt(&mut s, "...     ");
    enter(&mut s, "if n == 1000: print('spinning')");
    prompt(&mut s, "...     ");
    enter(&mut s, "");
    expect(&mut s, "spinning");
    keys(&mut s, "\x03");
    expect(&mut s, "KeyboardInterrupt");
    prompt(&mut s, ">>> ");
    enter(&mut s, "n > 0");
    expect(&mut s, "True");
    prompt(&mut s, ">>> ");
    leave(s);
}

#[test]
fn exit_with_a_status() {
    let dir = fresh_dir("exit");
    let mut s = spawn_garter(&dir, &["-q"]);
    expect(&mut s, ">>> ");
    enter(&mut s, "exit(3)");
    rest_of_output(&mut s);
    match s.process.wait() {
        Ok(WaitStatus::Exited(_, 3)) => {}
        other => panic!("garter ended with {other:?}"),
    }
}

#[test]
fn inspect_enters_the_prompt_with_the_programs_globals() {
    let dir = fresh_dir("inspect");
    std::fs::write(dir.join("prog.py"), "answer = 6 * 7\nprint('ran')\n").expect("write");
    let mut s = spawn_garter(&dir, &["-i", "prog.py"]);
    expect(&mut s, "ran");
    expect(&mut s, ">>> ");
    enter(&mut s, "answer");
    expect(&mut s, "42");
    prompt(&mut s, ">>> ");
    leave(s);
}

#[test]
fn input_is_highlighted_when_colors_are_on() {
    let dir = fresh_dir("colors");
    let mut s = pty::spawn_garter(&dir, &["-q", "--color=always"], &[], false);
    expect(&mut s, ">>> ");
    keys(&mut s, "if len('x') > 1:");
    expect(&mut s, "\x1b[1;35mif\x1b[0m \x1b[36mlen\x1b[0m");
    expect(&mut s, "\x1b[32m'x'\x1b[0m");
    expect(&mut s, "\x1b[33m1\x1b[0m");
    keys(&mut s, "\x03");
    expect(&mut s, "KeyboardInterrupt");
    expect(&mut s, ">>> ");
    keys(&mut s, "\x04");
    rest_of_output(&mut s);
}

#[test]
fn ctrl_c_interrupts_a_script_waiting_in_input() {
    let dir = fresh_dir("input-interrupt");
    let mut s = spawn_garter(
        &dir,
        &["-c", "name = input('name? ')\nprint('never', name)"],
    );
    expect(&mut s, "name? ");
    keys(&mut s, "\x03");
    let rest = rest_of_output(&mut s);
    assert!(rest.contains("KeyboardInterrupt"), "{rest:?}");
    assert!(!rest.contains("never"), "{rest:?}");
    match s.process.wait() {
        Ok(WaitStatus::Exited(_, 130)) => {}
        other => panic!("expected exit status 130, got {other:?}"),
    }
}

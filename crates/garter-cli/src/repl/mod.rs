//! The interactive prompt (REPL): `>>>` and `...` prompts, inputs run in a
//! lasting `__main__` with expression values echoed, errors reported
//! without ending the session. On a terminal the line editor (rustyline,
//! `terminal`) adds history, completion, highlighting and automatic
//! indentation; otherwise lines are read plainly from stdin with the
//! prompts on stderr, as python3 does.

mod complete;
mod highlight;
mod history;
mod input;
mod terminal;

use std::io::{BufRead, IsTerminal, Write};

use garter_eval::{Interpreter, RunError};

use input::{joined, next_indent, verdict, Verdict};
use terminal::TerminalInput;

/// What reading a line gave.
pub enum Read {
    Line(String),
    /// Ctrl-C while typing.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of the input.
    Eof,
}

/// Where lines come from.
enum Input<'a> {
    Terminal(Box<TerminalInput<'a>>),
    Plain,
}

impl Input<'_> {
    fn read(&mut self, prompt: &str, indent: &str) -> Read {
        match self {
            Input::Terminal(editor) => editor.read(prompt, indent),
            Input::Plain => {
                let mut stderr = std::io::stderr();
                let _ = stderr.write_all(prompt.as_bytes());
                let _ = stderr.flush();
                let mut line = String::new();
                match std::io::stdin().lock().read_line(&mut line) {
                    Ok(0) | Err(_) => Read::Eof,
                    Ok(_) => {
                        let line = line.strip_suffix('\n').unwrap_or(&line);
                        Read::Line(line.strip_suffix('\r').unwrap_or(line).to_string())
                    }
                }
            }
        }
    }

    fn remember(&mut self, entry: &str) {
        if let Input::Terminal(editor) = self {
            editor.remember(entry);
        }
    }

    fn indents(&self) -> bool {
        matches!(self, Input::Terminal(_))
    }
}

/// The welcome line, with a hint for help, as python3 prints one.
fn welcome() -> String {
    format!(
        "Garter {} (a Python 3.11 subset, in Rust)\n\
         Type \"help()\" for help, \"exit()\" or Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    )
}

/// Runs the REPL until Ctrl-D, the end of the input, or SystemExit;
/// returns the exit status.
pub fn run(interp: &Interpreter, quiet: bool) -> u8 {
    if let Err(RunError::Exception(err)) = interp.install_help() {
        crate::traceback::print_exception(interp, &err);
    }
    let mut input = match std::io::stdin().is_terminal() {
        true => TerminalInput::new(interp).map_or(Input::Plain, |t| Input::Terminal(Box::new(t))),
        false => Input::Plain,
    };
    if !quiet {
        eprintln!("{}", welcome());
    }
    let mut lines: Vec<String> = Vec::new();
    loop {
        let prompt = if lines.is_empty() { ">>> " } else { "... " };
        let indent = match lines.last() {
            Some(last) if input.indents() => next_indent(last),
            _ => String::new(),
        };
        let text = match input.read(prompt, &indent) {
            Read::Line(text) => text,
            Read::Interrupted => {
                eprintln!("KeyboardInterrupt");
                lines.clear();
                continue;
            }
            // The end of the input runs what was typed of a block, as a
            // blank line would; the next read ends the session.
            Read::Eof if !lines.is_empty() => {
                eprintln!();
                String::new()
            }
            Read::Eof => {
                eprintln!();
                return 0;
            }
        };
        // A block recalled from history or pasted whole ends where it
        // ends: no blank line is needed after it.
        let whole_block = lines.is_empty() && text.contains('\n');
        lines.extend(text.split('\n').map(str::to_string));
        if whole_block && verdict(&lines) == Verdict::Incomplete {
            lines.push(String::new());
        }
        if verdict(&lines) == Verdict::Incomplete {
            continue;
        }
        let source = joined(&lines);
        lines.clear();
        if source.trim().is_empty() {
            continue;
        }
        input.remember(&source);
        if let Some(status) = execute(interp, source) {
            return status;
        }
    }
}

/// Runs one input; `Some(status)` when it asks to leave (SystemExit).
fn execute(interp: &Interpreter, source: String) -> Option<u8> {
    let text = source.clone();
    // A Ctrl-C pressed while no code ran is not for this input.
    interp
        .interrupt_flag()
        .store(false, std::sync::atomic::Ordering::SeqCst);
    let result = interp.run_interactive(source, "<stdin>");
    interp.vm().flush_stdout();
    match result {
        Ok(()) => None,
        Err(RunError::Syntax(err)) => {
            crate::report::print_syntax_error("<stdin>", &text, &err);
            None
        }
        Err(RunError::Exception(err)) => {
            if let Some(status) = crate::run::system_exit_status(interp, &err.value()) {
                return Some(status);
            }
            crate::traceback::print_exception(interp, &err);
            None
        }
    }
}

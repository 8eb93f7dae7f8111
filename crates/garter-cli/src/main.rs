//! The `garter` command, with python3's conventions: `garter FILE [ARGS]`,
//! `garter -c CODE [ARGS]`, `garter -` (or piped standard input) run a
//! program; with no program on a terminal, or with `-i` after one, the
//! interactive prompt (REPL) starts. `--dump-ast FILE` prints the AST as
//! CPython's `ast.dump` does and `--parse-only FILE...` checks files for
//! syntax errors.
//!
//! The process starts at the C `main` below rather than Rust's `fn main`:
//! the Rust runtime's start-up reads `/proc/self/maps` to guard the main
//! thread's stack and sets up a signal stack, a tenth of what `garter -c
//! pass` did. Garter bounds its own stack use (deep Python recursion is a
//! RecursionError), so the guard is not needed; what the runtime did that
//! garter relies on, ignoring SIGPIPE (so a closed pipe is a
//! BrokenPipeError, as in python3) and flushing stdout, is done here.

#![cfg_attr(not(test), no_main)]

mod color;
mod command_line;
mod focus;
mod interrupt;
mod repl;
mod report;
mod run;
mod stdin_reader;
mod traceback;

use std::io::IsTerminal;
use std::path::PathBuf;

/// mimalloc: Python code allocates many small, short-lived objects, which
/// it serves markedly faster than the system allocator. Metered, so that
/// `--max-memory` counts what the program holds.
#[global_allocator]
static ALLOCATOR: garter_runtime::MeteredAllocator<garter::Mimalloc> =
    garter_runtime::MeteredAllocator(garter::Mimalloc);

/// The entry point the C library calls (see the module docs).
#[cfg(not(test))]
#[no_mangle]
extern "C" fn main(
    _argc: std::ffi::c_int,
    _argv: *const *const std::ffi::c_char,
) -> std::ffi::c_int {
    // SAFETY: setting a signal's disposition, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    let status = garter_main();
    let _ = std::io::Write::flush(&mut std::io::stdout());
    std::ffi::c_int::from(status)
}

/// Unit tests run under the test harness's own entry point, which
/// replaces this one; it keeps the command's code reachable.
#[cfg(test)]
fn main() {
    garter_main();
}

/// Runs the command line; the exit status.
fn garter_main() -> u8 {
    let options = command_line::parse(std::env::args_os().collect());
    color::set_choice(options.color);
    if let Some(path) = &options.dump_ast {
        return dump_ast(path);
    }
    if !options.parse_only.is_empty() {
        return parse_only(&options.parse_only);
    }
    let program = if let Some(code) = options.command.clone() {
        Some(run::Program::Command(code))
    } else {
        match options.script.as_deref() {
            Some("-") => Some(run::Program::Stdin),
            Some(path) => Some(run::Program::File(PathBuf::from(path))),
            None if !std::io::stdin().is_terminal() && !options.inspect => {
                Some(run::Program::Stdin)
            }
            None => None,
        }
    };
    let session = run::Session {
        inspect: options.inspect || program.is_none(),
        quiet: options.quiet,
        limits: run::Limits {
            max_memory: options.max_memory,
            max_time: options.max_time,
            max_steps: options.max_steps,
            max_recursion: options.max_recursion,
        },
    };
    run::run(program, options.program_args, session)
}

/// Reads and decodes one source file, reporting failures on stderr.
pub(crate) fn read_source(path: &std::path::Path) -> Result<String, u8> {
    let bytes = std::fs::read(path).map_err(|err| {
        eprintln!("garter: can't open file '{}': {err}", path.display());
        2
    })?;
    garter_syntax::lexer::decode_source(&bytes).map_err(|err| {
        report::print_decode_error(&path.display().to_string(), &err);
        1
    })
}

fn dump_ast(path: &std::path::Path) -> u8 {
    let source = match read_source(path) {
        Ok(source) => source,
        Err(code) => return code,
    };
    match garter::parse_module(&source) {
        Ok(module) => {
            println!("{}", garter::ast::dump::dump_module(&module));
            0
        }
        Err(err) => {
            report::print_syntax_error(&path.display().to_string(), &source, &err);
            1
        }
    }
}

fn parse_only(paths: &[PathBuf]) -> u8 {
    let mut failed = false;
    for path in paths {
        let source = match read_source(path) {
            Ok(source) => source,
            Err(_) => {
                failed = true;
                continue;
            }
        };
        // What compiling the file checks: parsing (with the depth limit),
        // then the scope and compiler checks of `validate`.
        let checked = garter::parse_module(&source)
            .and_then(|module| garter_syntax::validate::check_module_source(&module, &source));
        if let Err(err) = checked {
            report::print_syntax_error(&path.display().to_string(), &source, &err);
            failed = true;
        }
    }
    u8::from(failed)
}

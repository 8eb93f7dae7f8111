//! The `garter` command, with python3's conventions: `garter FILE [ARGS]`,
//! `garter -c CODE [ARGS]`, `garter -` (or piped standard input) run a
//! program; with no program on a terminal, or with `-i` after one, the
//! interactive prompt (REPL) starts. `--dump-ast FILE` prints the AST as
//! CPython's `ast.dump` does and `--parse-only FILE...` checks files for
//! syntax errors.

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
use std::process::ExitCode;

/// mimalloc: Python code allocates many small, short-lived objects, which
/// it serves markedly faster than the system allocator. Metered, so that
/// `--max-memory` counts what the program holds.
#[global_allocator]
static ALLOCATOR: garter_runtime::MeteredAllocator<garter::Mimalloc> =
    garter_runtime::MeteredAllocator(garter::Mimalloc);

fn main() -> ExitCode {
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
pub(crate) fn read_source(path: &std::path::Path) -> Result<String, ExitCode> {
    let bytes = std::fs::read(path).map_err(|err| {
        eprintln!("garter: can't open file '{}': {err}", path.display());
        ExitCode::from(2)
    })?;
    garter_syntax::lexer::decode_source(&bytes).map_err(|err| {
        report::print_decode_error(&path.display().to_string(), &err);
        ExitCode::from(1)
    })
}

fn dump_ast(path: &std::path::Path) -> ExitCode {
    let source = match read_source(path) {
        Ok(source) => source,
        Err(code) => return code,
    };
    match garter::parse_module(&source) {
        Ok(module) => {
            println!("{}", garter::ast::dump::dump_module(&module));
            ExitCode::SUCCESS
        }
        Err(err) => {
            report::print_syntax_error(&path.display().to_string(), &source, &err);
            ExitCode::from(1)
        }
    }
}

fn parse_only(paths: &[PathBuf]) -> ExitCode {
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
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

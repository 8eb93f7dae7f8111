//! The `garter` command: `garter FILE [ARGS]`, `garter -c CODE`, and
//! `garter -` (or piped standard input) run a program as python3 does;
//! `--dump-ast FILE` prints the AST as CPython's `ast.dump` does and
//! `--parse-only FILE...` checks files for syntax errors.

mod report;
mod run;

use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc: Python code allocates many small, short-lived objects, which
/// it serves markedly faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Garter, a small Python interpreter.
#[derive(Parser, Debug)]
#[command(name = "garter", version, about)]
struct Args {
    /// Print FILE's AST as CPython 3.11's `ast.dump(ast.parse(...))` does.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["parse_only", "script"])]
    dump_ast: Option<PathBuf>,

    /// Parse each FILE and report only syntax errors (exit 1 if any).
    #[arg(long, value_name = "FILE", num_args = 1.., conflicts_with = "script")]
    parse_only: Vec<PathBuf>,

    /// Run CODE as the program (the remaining arguments go to sys.argv).
    #[arg(short = 'c', value_name = "CODE", conflicts_with_all = ["dump_ast", "parse_only"])]
    command: Option<String>,

    /// The script to run (`-` for standard input), then its arguments.
    #[arg(value_name = "FILE", trailing_var_arg = true)]
    script: Vec<String>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(path) = args.dump_ast {
        return dump_ast(&path);
    }
    if !args.parse_only.is_empty() {
        return parse_only(&args.parse_only);
    }
    if let Some(code) = args.command {
        return run::run(run::Program::Command(code), args.script);
    }
    let mut rest = args.script.into_iter();
    match rest.next() {
        Some(path) if path == "-" => run::run(run::Program::Stdin, rest.collect()),
        Some(path) => run::run(run::Program::File(PathBuf::from(path)), rest.collect()),
        None if !std::io::IsTerminal::is_terminal(&std::io::stdin()) => {
            run::run(run::Program::Stdin, Vec::new())
        }
        None => {
            eprintln!("garter: the REPL is not there yet; give a script to run");
            ExitCode::from(2)
        }
    }
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

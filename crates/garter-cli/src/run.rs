//! Running a program: a script file, `-c` code or standard input, as
//! python3 runs it (sys.argv, the script's folder on the import path,
//! tracebacks on stderr, exit status 1 on an uncaught exception and
//! SystemExit's code).

use std::io::{IsTerminal, LineWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use garter_eval::{Interpreter, RunError};
use garter_runtime::types::exception::exception_data;
use garter_runtime::{PyErr, Value};

use crate::report;

/// Where the program comes from.
pub enum Program {
    File(PathBuf),
    Command(String),
    Stdin,
}

/// Runs a program with the arguments after it; returns the exit status.
pub fn run(program: Program, rest: Vec<String>) -> ExitCode {
    let interp = Interpreter::new();
    if std::io::stdout().is_terminal() {
        *interp.vm().stdout.borrow_mut() = Box::new(LineWriter::new(std::io::stdout()));
    }
    let (source, filename, argv0, dir) = match program {
        Program::File(path) => {
            let source = match crate::read_source(&path) {
                Ok(s) => s,
                Err(code) => return code,
            };
            // Like python3: sys.argv[0] as given, the file name (and the
            // import path) absolute.
            let absolute = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
            let dir = absolute
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("."));
            (
                source,
                absolute.display().to_string(),
                path.display().to_string(),
                dir,
            )
        }
        Program::Command(code) => (code, "<string>".into(), "-c".into(), PathBuf::from(".")),
        Program::Stdin => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("garter: can't read standard input: {e}");
                return ExitCode::from(2);
            }
            match garter_syntax::lexer::decode_source(&bytes) {
                Ok(s) => (s, "<stdin>".into(), "-".into(), PathBuf::from(".")),
                Err(err) => {
                    report::print_decode_error("<stdin>", &err);
                    return ExitCode::from(1);
                }
            }
        }
    };
    let mut argv = vec![argv0];
    argv.extend(rest);
    interp.set_argv(argv);
    interp.add_search_path(dir);
    let text = source.clone();
    let result = interp.run_main(source, &filename);
    let status = match result {
        Ok(()) => 0,
        Err(RunError::Syntax(err)) => {
            interp.vm().flush_stdout();
            report::print_syntax_error(&filename, &text, &err);
            1
        }
        Err(RunError::Exception(err)) => uncaught(&interp, &err),
    };
    interp.vm().flush_stdout();
    let _ = std::io::stderr().flush();
    ExitCode::from(status)
}

/// Reports an exception that ended the program; returns the exit status.
fn uncaught(interp: &Interpreter, err: &PyErr) -> u8 {
    let vm = interp.vm();
    vm.flush_stdout();
    let value = err.value();
    if vm.is_instance_of(&value, &vm.exc.system_exit) {
        let args = exception_data(&value)
            .map(|d| vm.tuple_items(&d.args.borrow()))
            .unwrap_or_default();
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => vm.new_tuple(args),
        };
        return match code {
            Value::None => 0,
            Value::Int(n) => (n & 0xff) as u8,
            Value::Bool(b) => b as u8,
            other => {
                let text = vm.str_string(&other).unwrap_or_default();
                let _ = writeln!(std::io::stderr(), "{text}");
                1
            }
        };
    }
    let text = interp.format_exception(err);
    let _ = std::io::stderr().write_all(text.as_bytes());
    1
}

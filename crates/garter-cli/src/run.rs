//! Running a program: a script file, `-c` code or standard input, as
//! python3 runs it (sys.argv, the script's folder on the import path,
//! tracebacks on stderr, exit status 1 on an uncaught exception,
//! SystemExit's code, 130 after KeyboardInterrupt); then, with `-i` or
//! when there is no program, the interactive prompt.

use std::io::{IsTerminal, LineWriter, Read, Write};
use std::path::{Path, PathBuf};

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

/// What happens around the program.
pub struct Session {
    /// Enter the interactive prompt after the program (or without one).
    pub inspect: bool,
    /// No welcome line on the prompt.
    pub quiet: bool,
    /// The `--max-...` options.
    pub limits: Limits,
}

/// The limits the command line sets (`None`: none).
pub struct Limits {
    pub max_memory: Option<usize>,
    pub max_time: Option<std::time::Duration>,
    pub max_steps: Option<u64>,
    pub max_recursion: Option<u32>,
}

/// The exit status after an uncaught KeyboardInterrupt, as a shell
/// reports a process ended by SIGINT.
pub const INTERRUPTED: u8 = 130;

/// Runs a program (if any) with the arguments after it, then the prompt
/// if the session asks for it; returns the exit status.
pub fn run(program: Option<Program>, rest: Vec<String>, session: Session) -> u8 {
    let interp = Interpreter::new();
    // As python3: the script may use what its user may.
    interp.set_capabilities(garter_runtime::Capabilities::ALL);
    interp.set_max_memory(session.limits.max_memory);
    interp.set_max_time(session.limits.max_time);
    interp.set_max_steps(session.limits.max_steps);
    if let Some(depth) = session.limits.max_recursion {
        interp.set_max_recursion(depth);
    }
    crate::interrupt::install(interp.interrupt_flag());
    *interp.vm().stdin.borrow_mut() = Some(Box::new(crate::stdin_reader::InterruptibleStdin::new(
        interp.interrupt_flag(),
    )));
    if std::io::stdout().is_terminal() {
        *interp.vm().stdout.borrow_mut() = Box::new(LineWriter::new(std::io::stdout()));
    }
    let status = match program {
        Some(program) => match run_program(&interp, program, rest, session.inspect) {
            Ok(status) => status,
            Err(code) => return code,
        },
        None => {
            interp.set_argv(vec![String::new()]);
            interp.add_search_path(PathBuf::from("."));
            0
        }
    };
    let status = if session.inspect {
        crate::repl::run(&interp, session.quiet)
    } else {
        status
    };
    interp.finish_for_exit();
    let _ = std::io::stderr().flush();
    status
}

/// Runs one program; its exit status, or the status to leave with at once
/// when it cannot be read.
fn run_program(
    interp: &Interpreter,
    program: Program,
    rest: Vec<String>,
    inspect: bool,
) -> Result<u8, u8> {
    let (source, filename, argv0, dir) = match program {
        Program::File(path) => {
            let source = crate::read_source(&path)?;
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
                return Err(2);
            }
            match garter_syntax::lexer::decode_source(&bytes) {
                Ok(s) => (s, "<stdin>".into(), "-".into(), PathBuf::from(".")),
                Err(err) => {
                    report::print_decode_error("<stdin>", &err);
                    return Err(1);
                }
            }
        }
    };
    let mut argv = vec![argv0];
    argv.extend(rest);
    interp.set_argv(argv);
    interp.add_search_path(dir);
    let text = source.clone();
    let status = match interp.run_main(source, &filename) {
        Ok(()) => 0,
        Err(RunError::Syntax(err)) => {
            interp.vm().flush_stdout();
            report::print_syntax_error(&filename, &text, &err);
            1
        }
        Err(RunError::Exception(err)) => uncaught(interp, &err, inspect),
    };
    Ok(status)
}

/// Reports an exception that ended the program; returns the exit status.
/// Under `-i` every exception, SystemExit too, is shown as a traceback
/// (the prompt follows), as python3 does.
pub fn uncaught(interp: &Interpreter, err: &PyErr, inspect: bool) -> u8 {
    let vm = interp.vm();
    vm.flush_stdout();
    let value = err.value();
    if !inspect {
        if let Some(status) = system_exit_status(interp, &value) {
            return status;
        }
    }
    crate::traceback::print_exception(interp, err);
    if vm.is_instance_of(&value, &vm.exc.keyboard_interrupt) {
        INTERRUPTED
    } else {
        1
    }
}

/// The exit status a SystemExit asks for (printing a non-integer code on
/// stderr, as python3 does); `None` for any other exception.
pub fn system_exit_status(interp: &Interpreter, value: &Value) -> Option<u8> {
    let vm = interp.vm();
    if !vm.is_instance_of(value, &vm.exc.system_exit) {
        return None;
    }
    let args = exception_data(value)
        .map(|d| vm.tuple_items(&d.args.borrow()))
        .unwrap_or_default();
    let code = match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => vm.new_tuple(args),
    };
    Some(match code {
        Value::None => 0,
        Value::Int(n) => (n & 0xff) as u8,
        Value::Bool(b) => b as u8,
        other => {
            let text = vm.str_string(&other).unwrap_or_default();
            let _ = writeln!(std::io::stderr(), "{text}");
            1
        }
    })
}

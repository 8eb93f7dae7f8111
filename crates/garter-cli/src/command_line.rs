//! The command line, read as python3 reads its own: options first, then
//! `-c CODE`, a script or `-`; everything after that goes to `sys.argv`
//! untouched, even when it looks like an option. The options part is then
//! parsed by clap.

use clap::Parser;
use std::ffi::OsString;
use std::path::PathBuf;

use crate::color::ColorChoice;

/// Garter, a small Python interpreter.
#[derive(Parser, Debug)]
#[command(
    name = "garter",
    version,
    about,
    override_usage = "garter [OPTIONS] [-c CODE | FILE | -] [ARGS]..."
)]
pub struct Options {
    /// Run CODE as the program (the arguments after it go to sys.argv).
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true, conflicts_with_all = ["dump_ast", "parse_only"])]
    pub command: Option<String>,

    /// After running the program, enter the interactive prompt with its
    /// globals.
    #[arg(short = 'i')]
    pub inspect: bool,

    /// Start the interactive prompt without the welcome line.
    #[arg(short = 'q')]
    pub quiet: bool,

    /// When to color error reports and the interactive prompt (NO_COLOR
    /// set to a non-empty value means never, for `auto`).
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Print FILE's AST as CPython 3.11's `ast.dump(ast.parse(...))` does.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["parse_only", "script"])]
    pub dump_ast: Option<PathBuf>,

    /// Parse each FILE and report only syntax errors (exit 1 if any).
    #[arg(long, value_name = "FILE", num_args = 1.., conflicts_with = "script")]
    pub parse_only: Vec<PathBuf>,

    /// Raise MemoryError when the program would hold more than SIZE
    /// (bytes, or with a KB, MB or GB suffix).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_memory: Option<usize>,

    /// Raise TimeoutError when the program runs longer than SECONDS.
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    pub max_time: Option<std::time::Duration>,

    /// Raise TimeoutError after STEPS calls and loop iterations.
    #[arg(long, value_name = "STEPS")]
    pub max_steps: Option<u64>,

    /// The recursion limit (as `sys.setrecursionlimit`).
    #[arg(long, value_name = "DEPTH", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_recursion: Option<u32>,

    /// The script to run (`-` for standard input); the arguments after
    /// it go to sys.argv.
    #[arg(value_name = "FILE")]
    pub script: Option<String>,

    /// The program's arguments (sys.argv[1:]), after the script or CODE.
    #[arg(skip)]
    pub program_args: Vec<String>,
}

/// Options of garter's own that take a value in the next argument.
const OPTIONS_WITH_VALUE: &[&str] = &[
    "--color",
    "--dump-ast",
    "--max-memory",
    "--max-time",
    "--max-steps",
    "--max-recursion",
];

/// A memory size: a number of bytes, or one with a KB, MB or GB suffix
/// (powers of 1024; case does not matter).
pub fn parse_size(text: &str) -> Result<usize, String> {
    let upper = text.trim().to_ascii_uppercase();
    let (digits, unit) = [
        ("KB", 1usize << 10),
        ("MB", 1 << 20),
        ("GB", 1 << 30),
        ("B", 1),
    ]
    .iter()
    .find_map(|(suffix, unit)| upper.strip_suffix(suffix).map(|d| (d.trim(), *unit)))
    .unwrap_or((upper.as_str(), 1));
    let invalid = || format!("'{text}' is not a size (for example 64MB, 512KB, 2GB)");
    let amount: f64 = digits.parse().map_err(|_| invalid())?;
    if !amount.is_finite() || amount <= 0.0 {
        return Err(invalid());
    }
    let bytes = amount * unit as f64;
    if bytes >= usize::MAX as f64 {
        return Err(invalid());
    }
    Ok(bytes as usize)
}

/// A time in seconds, possibly fractional.
pub fn parse_seconds(text: &str) -> Result<std::time::Duration, String> {
    let invalid = || format!("'{text}' is not a number of seconds");
    let seconds: f64 = text.trim().parse().map_err(|_| invalid())?;
    std::time::Duration::try_from_secs_f64(seconds)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(invalid)
}

/// Parses the command line; on a usage error, `--help` or `--version`,
/// clap prints what it has to and exits (status 2 for an error).
pub fn parse(args: Vec<OsString>) -> Options {
    let (own, rest) = split(args);
    let mut options = plain_program(&own).unwrap_or_else(|| Options::parse_from(own));
    options.program_args = rest
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    options
}

/// The options of the two commonest command lines, `garter -c CODE` and
/// `garter FILE`, which name no option of garter's own: what clap would
/// make of them, without building clap's whole command description (a
/// tenth of the instructions `garter -c pass` runs). `None` for anything
/// else, which clap then parses.
fn plain_program(own: &[OsString]) -> Option<Options> {
    let texts: Vec<&str> = own
        .iter()
        .skip(1)
        .map(|a| a.to_str())
        .collect::<Option<_>>()?;
    let (command, script) = match texts.as_slice() {
        ["-c", code] => (Some(code.to_string()), None),
        [file] if !file.starts_with('-') => (None, Some(file.to_string())),
        _ => return None,
    };
    Some(Options {
        command,
        inspect: false,
        quiet: false,
        color: ColorChoice::Auto,
        dump_ast: None,
        parse_only: Vec::new(),
        max_memory: None,
        max_time: None,
        max_steps: None,
        max_recursion: None,
        script,
        program_args: Vec::new(),
    })
}

/// Splits the arguments where python3 stops reading options: after the
/// script (or `-`), or after the code of `-c`. The first part keeps the
/// program name.
pub fn split(args: Vec<OsString>) -> (Vec<OsString>, Vec<OsString>) {
    let mut own = Vec::new();
    let mut iter = args.into_iter();
    own.extend(iter.next());
    while let Some(arg) = iter.next() {
        let text = arg.to_string_lossy().into_owned();
        if text == "--parse-only" {
            own.push(arg);
            own.extend(iter);
            return (own, Vec::new());
        }
        own.push(arg);
        if text == "--" {
            own.extend(iter.next());
            break;
        }
        if OPTIONS_WITH_VALUE.contains(&text.as_str()) {
            own.extend(iter.next());
            continue;
        }
        if text.starts_with("--") {
            continue;
        }
        if let Some(cluster) = text.strip_prefix('-').filter(|c| !c.is_empty()) {
            // A cluster of short flags; `c` takes the rest, or the next
            // argument, as the code, and ends the options.
            match cluster.find('c') {
                Some(at) if at + 1 == cluster.len() => {
                    own.extend(iter.next());
                    break;
                }
                Some(_) => break,
                None => continue,
            }
        }
        // The script, or `-`.
        break;
    }
    (own, iter.collect())
}

#[cfg(test)]
mod tests {
    use super::split;
    use std::ffi::OsString;

    fn parts(args: &[&str]) -> (Vec<String>, Vec<String>) {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        let (own, rest) = split(args);
        let text = |v: Vec<OsString>| v.into_iter().map(|a| a.into_string().unwrap()).collect();
        (text(own), text(rest))
    }

    #[test]
    fn arguments_after_the_script_are_the_programs() {
        let (own, rest) = parts(&["garter", "-q", "a.py", "-i", "--x", "b"]);
        assert_eq!(own, ["garter", "-q", "a.py"]);
        assert_eq!(rest, ["-i", "--x", "b"]);
    }

    #[test]
    fn code_ends_the_options() {
        let (own, rest) = parts(&["garter", "-ic", "print(1)", "-c", "x"]);
        assert_eq!(own, ["garter", "-ic", "print(1)"]);
        assert_eq!(rest, ["-c", "x"]);
        let (own, rest) = parts(&["garter", "-cpass", "y"]);
        assert_eq!(own, ["garter", "-cpass"]);
        assert_eq!(rest, ["y"]);
    }

    #[test]
    fn sizes_take_suffixes() {
        use super::parse_size;
        assert_eq!(parse_size("64MB"), Ok(64 << 20));
        assert_eq!(parse_size("512kb"), Ok(512 << 10));
        assert_eq!(parse_size("1GB"), Ok(1 << 30));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("1.5KB"), Ok(1536));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("-1MB").is_err());
        assert!(super::parse_seconds("1.5").is_ok());
        assert!(super::parse_seconds("soon").is_err());
        assert!(super::parse_seconds("-2").is_err());
    }

    #[test]
    fn option_values_are_not_scripts() {
        let (own, rest) = parts(&["garter", "--color", "never", "-", "z"]);
        assert_eq!(own, ["garter", "--color", "never", "-"]);
        assert_eq!(rest, ["z"]);
    }

    #[test]
    fn plain_programs_are_read_as_clap_reads_them() {
        use clap::Parser;
        for args in [
            &["garter", "-c", "pass"][..],
            &["garter", "-c", "-x"],
            &["garter", "-c", ""],
            &["garter", "script.py"],
            &["garter", "dir/with space.py"],
        ] {
            let own: Vec<OsString> = args.iter().map(OsString::from).collect();
            let fast = super::plain_program(&own).map(|o| format!("{o:?}"));
            let clap = format!("{:?}", super::Options::parse_from(own));
            assert_eq!(fast, Some(clap), "{args:?}");
        }
        for args in [
            &["garter"][..],
            &["garter", "-i", "a.py"],
            &["garter", "-"],
            &["garter", "-q"],
        ] {
            let own: Vec<OsString> = args.iter().map(OsString::from).collect();
            assert!(super::plain_program(&own).is_none(), "{args:?}");
        }
    }

    #[test]
    fn parse_only_takes_every_file() {
        let (own, rest) = parts(&["garter", "--parse-only", "a.py", "b.py"]);
        assert_eq!(own, ["garter", "--parse-only", "a.py", "b.py"]);
        assert!(rest.is_empty());
    }
}

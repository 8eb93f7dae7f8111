//! Whether to color what goes to a terminal: `--color=auto|always|never`,
//! with `auto` meaning "when the stream is a terminal and NO_COLOR is not
//! set to a non-empty value" (https://no-color.org).

use std::io::IsTerminal;
use std::sync::OnceLock;

/// The `--color` setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

static CHOICE: OnceLock<ColorChoice> = OnceLock::new();

/// Records the command line's choice (once, at start-up).
pub fn set_choice(choice: ColorChoice) {
    let _ = CHOICE.set(choice);
}

/// Whether NO_COLOR asks for no color.
fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

/// Whether output to a stream that `is_terminal` (or not) gets colors.
pub fn enabled(is_terminal: bool) -> bool {
    decide(
        CHOICE.get().copied().unwrap_or_default(),
        is_terminal,
        no_color_env(),
    )
}

/// The rule itself: `always` and `never` win; `auto` colors a terminal
/// unless NO_COLOR asks for none.
fn decide(choice: ColorChoice, is_terminal: bool, no_color: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && !no_color,
    }
}

/// Whether reports on stderr get colors.
pub fn stderr_enabled() -> bool {
    enabled(std::io::stderr().is_terminal())
}

/// Whether the REPL's input line gets colors (it is drawn on stdout).
pub fn stdout_enabled() -> bool {
    enabled(std::io::stdout().is_terminal())
}

#[cfg(test)]
mod tests {
    use super::{decide, ColorChoice};

    #[test]
    fn choice_terminal_and_no_color() {
        assert!(decide(ColorChoice::Auto, true, false));
        assert!(!decide(ColorChoice::Auto, true, true));
        assert!(!decide(ColorChoice::Auto, false, false));
        assert!(decide(ColorChoice::Always, false, true));
        assert!(!decide(ColorChoice::Never, true, false));
    }
}

//! The REPL's line editor on a terminal (rustyline): prompts, an initial
//! indentation, history (saved across sessions, searched with Ctrl-R),
//! completion and highlighting through [`GarterHelper`].

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::PathBuf;

use garter_eval::Interpreter;
use garter_runtime::types::dict::obj_dict_table;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, ColorMode, CompletionType, Config, Context, Editor, Helper, KeyCode, KeyEvent, Modifiers,
};

use super::{complete, highlight, history, Read};

/// Completion and highlighting for the line being edited.
pub struct GarterHelper<'a> {
    interp: &'a Interpreter,
    builtins: HashSet<String>,
    color: bool,
}

impl<'a> GarterHelper<'a> {
    fn new(interp: &'a Interpreter, color: bool) -> GarterHelper<'a> {
        let vm = interp.vm();
        let builtins = obj_dict_table(&vm.builtins)
            .map(|table| {
                table
                    .borrow()
                    .iter()
                    .filter_map(|e| e.key.as_str().map(|s| s.as_str().to_string()))
                    .collect()
            })
            .unwrap_or_default();
        GarterHelper {
            interp,
            builtins,
            color,
        }
    }
}

impl Completer for GarterHelper<'_> {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, names) = complete::candidates(self.interp, line, pos);
        let pairs = names
            .into_iter()
            .map(|name| Pair {
                display: name.clone(),
                replacement: name,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for GarterHelper<'_> {
    type Hint = String;
}

impl Validator for GarterHelper<'_> {}

impl Highlighter for GarterHelper<'_> {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        let is_builtin = |word: &str| self.builtins.contains(word);
        Cow::Owned(highlight::highlight(line, pos, &is_builtin))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        self.color && kind != CmdKind::ForcedRefresh
    }
}

impl Helper for GarterHelper<'_> {}

/// The terminal's line editor.
pub struct TerminalInput<'a> {
    editor: Editor<GarterHelper<'a>, DefaultHistory>,
    history_file: Option<PathBuf>,
}

impl<'a> TerminalInput<'a> {
    /// An editor with the saved history loaded; `None` if the terminal
    /// cannot be used.
    pub fn new(interp: &'a Interpreter) -> Option<TerminalInput<'a>> {
        let color = crate::color::stdout_enabled();
        let config = Config::builder()
            .auto_add_history(false)
            .max_history_size(history::MAX_ENTRIES)
            .ok()?
            .history_ignore_dups(true)
            .ok()?
            .completion_type(CompletionType::List)
            .color_mode(if color {
                ColorMode::Enabled
            } else {
                ColorMode::Disabled
            })
            .build();
        let mut editor = Editor::with_config(config).ok()?;
        editor.set_helper(Some(GarterHelper::new(interp, color)));
        // Alt-Enter adds a line inside a block recalled from history.
        editor.bind_sequence(KeyEvent(KeyCode::Enter, Modifiers::ALT), Cmd::Newline);
        let history_file = history::history_file();
        if let Some(path) = &history_file {
            // A missing file is a first session, not an error.
            let _ = editor.load_history(path);
        }
        Some(TerminalInput {
            editor,
            history_file,
        })
    }

    /// Reads one line (or a recalled or pasted block), starting with
    /// `indent` already typed.
    pub fn read(&mut self, prompt: &str, indent: &str) -> Read {
        match self.editor.readline_with_initial(prompt, (indent, "")) {
            Ok(line) => Read::Line(line),
            Err(ReadlineError::Interrupted) => Read::Interrupted,
            Err(_) => Read::Eof,
        }
    }

    /// Adds an entry (a whole input) to the history, and to its file.
    pub fn remember(&mut self, entry: &str) {
        let entry = entry.trim_end();
        if entry.trim().is_empty() {
            return;
        }
        if self.editor.add_history_entry(entry).unwrap_or(false) {
            if let Some(path) = &self.history_file {
                let _ = self.editor.save_history(path);
            }
        }
    }
}

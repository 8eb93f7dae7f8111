//! Where the REPL keeps its history across sessions: `garter/history` in
//! the user's data directory (`$XDG_DATA_HOME`, else `~/.local/share`, on
//! Linux). A block entered over several lines is one entry, so recalling
//! it brings the whole block back for editing.

use std::path::PathBuf;

/// Entries kept in the history file.
pub const MAX_ENTRIES: usize = 1000;

/// The history file, with its folder made; `None` when there is no data
/// directory or it cannot be made.
pub fn history_file() -> Option<PathBuf> {
    let dir = dirs::data_dir()?.join("garter");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}

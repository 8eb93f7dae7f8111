//! How a traceback shows a SyntaxError raised at run time (by `exec`,
//! `eval`, `compile` or an import): the `File ..., line N` of the bad
//! source, its line with a caret under the error, and the bare message.

use garter_runtime::{Value, Vm};

/// Whether `exc` is a SyntaxError (or subclass) whose message line shows
/// its `msg` attribute rather than `str(exc)`.
pub(super) fn is_syntax_error(vm: &Vm, exc: &Value) -> bool {
    vm.is_instance_of(exc, &vm.exc.syntax_error)
}

fn attr(vm: &Vm, exc: &Value, name: &str) -> Option<Value> {
    vm.lookup_attr(exc, &vm.intern(name))
        .ok()
        .flatten()
        .filter(|v| !v.is_none())
}

/// The message a SyntaxError's last traceback line shows: its `msg`,
/// followed by ` (FILE)` when it has a file but no line number.
pub(super) fn message(vm: &Vm, exc: &Value) -> Option<String> {
    let msg = attr(vm, exc, "msg")?;
    let mut text = vm.str_string(&msg).ok()?;
    if attr(vm, exc, "lineno").is_none() {
        if let Some(file) = attr(vm, exc, "filename") {
            text.push_str(&format!(" ({})", vm.str_string(&file).ok()?));
        }
    }
    Some(text)
}

/// The lines CPython prints above a SyntaxError's message: where it is,
/// the offending source line (leading blanks removed) and carets.
pub(super) fn location(vm: &Vm, exc: &Value) -> String {
    let Some(lineno) = attr(vm, exc, "lineno").and_then(|v| vm.str_string(&v).ok()) else {
        return String::new();
    };
    let file = attr(vm, exc, "filename")
        .and_then(|f| vm.str_string(&f).ok())
        .unwrap_or_else(|| "<string>".into());
    let mut out = format!("  File \"{file}\", line {lineno}\n");
    let Some(text) = attr(vm, exc, "text").and_then(|t| vm.str_string(&t).ok()) else {
        return out;
    };
    let rtext = text.trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
    let spaces = rtext.chars().count() - ltext.chars().count();
    out.push_str(&format!("    {ltext}\n"));
    let number = |name: &str| {
        attr(vm, exc, name).and_then(|v| match v {
            Value::Int(i) => Some(i),
            _ => None,
        })
    };
    let Some(offset) = number("offset") else {
        return out;
    };
    let mut end = number("end_offset").filter(|e| *e != 0).unwrap_or(offset);
    if end == offset || end == -1 {
        end = offset + 1;
    }
    let col = offset - 1 - spaces as i64;
    let end_col = end - 1 - spaces as i64;
    if col >= 0 {
        let pad: String = ltext
            .chars()
            .take(col as usize)
            .map(|c| if c.is_whitespace() { c } else { ' ' })
            .collect();
        let width = (end_col - col).max(1) as usize;
        out.push_str(&format!("    {pad}{}\n", "^".repeat(width)));
    }
    out
}

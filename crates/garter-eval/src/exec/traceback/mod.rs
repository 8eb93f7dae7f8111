//! Rendering an uncaught exception as CPython's traceback text: the
//! chain of causes and contexts, each with "Traceback (most recent call
//! last):", one `File ..., line N, in NAME` entry per frame with its
//! source line, and the `Type: message` line with any notes.

mod carets;
pub(crate) mod module;
mod suggestions;
mod syntax;

use garter_runtime::types::exception::{exception_data, TracebackEntry};
use garter_runtime::{PyErr, Value, Vm};

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// The full traceback text of `err`, chained exceptions first.
pub fn format_exception(vm: &Vm, err: &PyErr) -> String {
    let mut chain: Vec<(Value, &'static str)> = Vec::new();
    let mut cur = err.value();
    let mut link = "";
    loop {
        if chain.iter().any(|(v, _)| v.is(&cur)) || chain.len() > 100 {
            break;
        }
        chain.push((cur.clone(), link));
        let Some(d) = exception_data(&cur) else { break };
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if !cause.is_none() {
            cur = cause;
            link = CAUSE;
        } else if !context.is_none() && !d.suppress_context.get() {
            cur = context;
            link = CONTEXT;
        } else {
            break;
        }
    }
    let mut out = String::new();
    for (exc, link) in chain.iter().rev() {
        out.push_str(&format_one(vm, exc));
        out.push_str(link);
    }
    // Lone surrogates as stderr's `backslashreplace` writes them.
    garter_runtime::text::surrogates::escaped(&out).into_owned()
}

/// `err` alone, without the exceptions chained to it, as CPython reports
/// an exception it cannot raise ("Exception ignored in: ...").
pub fn format_unraisable(vm: &Vm, err: &PyErr) -> String {
    let out = format_one(vm, &err.value());
    garter_runtime::text::surrogates::escaped(&out).into_owned()
}

/// One exception: its traceback entries and its message line.
fn format_one(vm: &Vm, exc: &Value) -> String {
    let mut out = String::new();
    if let Some(d) = exception_data(exc) {
        let entries = d.traceback.borrow();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(&str, u32, &str)> = None;
            let mut repeats = 0;
            for e in entries.iter().rev() {
                let key = (e.file.name.as_str(), e.line, &*e.function);
                if last == Some(key) {
                    repeats += 1;
                    if repeats >= REPEAT_CUTOFF {
                        continue;
                    }
                } else {
                    flush_repeats(&mut out, repeats);
                    repeats = 0;
                    last = Some(key);
                }
                out.push_str(&format_entry(e));
            }
            flush_repeats(&mut out, repeats);
        }
    }
    if syntax::is_syntax_error(vm, exc) {
        out.push_str(&syntax::location(vm, exc));
    }
    out.push_str(&exception_line(vm, exc));
    out.push('\n');
    if let Ok(Some(notes)) = vm.lookup_attr(exc, &vm.intern("__notes__")) {
        if let Ok(items) = vm.collect(&notes) {
            for n in items {
                match n.as_str() {
                    Some(s) => out.push_str(s.as_str()),
                    None => out.push_str(&vm.repr_string(&n).unwrap_or_default()),
                }
                out.push('\n');
            }
        }
    }
    out
}

/// Identical consecutive entries shown before CPython collapses them.
const REPEAT_CUTOFF: usize = 3;

/// "[Previous line repeated N more times]" for a run of repeats.
fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= REPEAT_CUTOFF {
        let more = repeats - REPEAT_CUTOFF + 1;
        let s = if more == 1 { "" } else { "s" };
        out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
    }
}

/// One frame of a traceback; like python3, no source line is shown for
/// code that did not come from a file (`<string>`, `<stdin>`).
fn format_entry(e: &TracebackEntry) -> String {
    let mut out = format!(
        "  File \"{}\", line {}, in {}\n",
        e.file.name, e.line, e.function
    );
    let pseudo_file = e.file.name.starts_with('<') && e.file.name.ends_with('>');
    let line = (e.line as usize).saturating_sub(1);
    if let Some(text) = e.file.text.lines().nth(line).filter(|_| !pseudo_file) {
        let t = text.trim();
        if !t.is_empty() {
            out.push_str("    ");
            out.push_str(t);
            out.push('\n');
            let (start, end) = (e.span.0 as usize, e.span.1 as usize);
            if start < end && end <= e.file.text.len() {
                if let Some(marks) = carets::caret_line(&e.file.text, start, end) {
                    out.push_str("    ");
                    out.push_str(&marks);
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// `module.Type: message`, as the last line of a traceback.
pub fn exception_line(vm: &Vm, exc: &Value) -> String {
    let cls = vm.class_of(exc);
    let qual = cls
        .as_type()
        .map(|t| t.qualname.borrow().to_string())
        .unwrap_or_default();
    let module = cls
        .as_type()
        .and_then(|t| t.namespace().get_str(&vm.intern("__module__")))
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()));
    let name = match module.as_deref() {
        Some("builtins" | "__main__") | None => qual,
        Some(m) => format!("{m}.{qual}"),
    };
    let syntax_message = syntax::is_syntax_error(vm, exc)
        .then(|| syntax::message(vm, exc))
        .flatten();
    let mut msg = match syntax_message.map_or_else(|| vm.str_string(exc), Ok) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".into(),
    };
    if let Some(s) = suggestion(vm, exc) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// "Did you mean" for a NameError or AttributeError with a `name`.
fn suggestion(vm: &Vm, exc: &Value) -> Option<String> {
    let is_name = vm.is_instance_of(exc, &vm.exc.name_error);
    let is_attr = vm.is_instance_of(exc, &vm.exc.attribute_error);
    if !is_name && !is_attr {
        return None;
    }
    let name = vm.lookup_attr(exc, &vm.intern("name")).ok()??;
    let name = name.as_str()?.as_str().to_string();
    if is_name {
        let data = exception_data(exc)?;
        let tb = data.traceback.borrow();
        let last = tb.first()?;
        return suggestions::for_name(vm, &name, &last.varnames, last.globals.as_ref());
    }
    let obj = vm.lookup_attr(exc, &vm.intern("obj")).ok()??;
    suggestions::for_attribute(vm, &obj, &name)
}

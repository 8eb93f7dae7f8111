//! Rendering an uncaught exception as CPython's traceback text: the
//! chain of causes and contexts, each with "Traceback (most recent call
//! last):", one `File ..., line N, in NAME` entry per frame with its
//! source line, and the `Type: message` line with any notes.

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
    out
}

/// One exception: its traceback entries and its message line.
fn format_one(vm: &Vm, exc: &Value) -> String {
    let mut out = String::new();
    if let Some(d) = exception_data(exc) {
        let entries = d.traceback.borrow();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for e in entries.iter().rev() {
                out.push_str(&format_entry(e));
            }
        }
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

fn format_entry(e: &TracebackEntry) -> String {
    let mut out = format!(
        "  File \"{}\", line {}, in {}\n",
        e.file.name, e.line, e.function
    );
    if let Some(text) = e.file.text.lines().nth((e.line as usize).saturating_sub(1)) {
        let t = text.trim();
        if !t.is_empty() {
            out.push_str("    ");
            out.push_str(t);
            out.push('\n');
        }
    }
    out
}

/// `module.Type: message`, as the last line of a traceback.
pub fn exception_line(vm: &Vm, exc: &Value) -> String {
    let cls = vm.class_of(exc);
    let qual = cls
        .as_type()
        .map(|t| t.qualname.borrow().clone())
        .unwrap_or_default();
    let module = cls
        .as_type()
        .and_then(|t| t.dict.borrow().get_str(&vm.intern("__module__")))
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()));
    let name = match module.as_deref() {
        Some("builtins" | "__main__") | None => qual,
        Some(m) => format!("{m}.{qual}"),
    };
    let msg = match vm.str_string(exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".into(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

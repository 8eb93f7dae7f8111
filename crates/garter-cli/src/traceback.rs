//! Printing an uncaught exception: CPython 3.11's traceback text, byte for
//! byte, when stderr is not a terminal; on a terminal, the same facts as a
//! miette report per exception of the chain (oldest first): the exception,
//! then each frame as a code frame with the failing expression underlined
//! (in the innermost frame, the very operator, subscript or attribute that
//! failed), and a help line where a typical mistake is recognisable.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::rc::Rc;
use std::sync::Arc;

use garter_eval::exec::traceback::exception_line;
use garter_eval::Interpreter;
use garter_runtime::types::exception::{exception_data, SourceFile, TracebackEntry};
use garter_runtime::{PyErr, Value, Vm};
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

const CAUSE: &str = "The above exception was the direct cause of the following exception:";
const CONTEXT: &str = "During handling of the above exception, another exception occurred:";

/// Prints `err` on stderr, in the form that suits it (see the module doc).
pub fn print_exception(interp: &Interpreter, err: &PyErr) {
    let chain = exception_chain(&err.value());
    let text = if std::io::stderr().is_terminal() {
        miette_report(interp.vm(), &chain, crate::color::stderr_enabled())
    } else {
        interp.format_exception(err)
    };
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// The exception and those it was raised from or while handling, oldest
/// first, each with the sentence that links it to the next one.
fn exception_chain(exc: &Value) -> Vec<(Value, &'static str)> {
    let mut chain: Vec<(Value, &'static str)> = Vec::new();
    let mut current = exc.clone();
    let mut link = "";
    while !chain.iter().any(|(v, _)| v.is(&current)) && chain.len() <= 100 {
        chain.push((current.clone(), link));
        let Some(data) = exception_data(&current) else {
            break;
        };
        let cause = data.cause.borrow().clone();
        let context = data.context.borrow().clone();
        if !cause.is_none() {
            current = cause;
            link = CAUSE;
        } else if !context.is_none() && !data.suppress_context.get() {
            current = context;
            link = CONTEXT;
        } else {
            break;
        }
    }
    chain.reverse();
    chain
}

/// The miette rendering of a whole chain.
pub fn miette_report(vm: &Vm, chain: &[(Value, &'static str)], color: bool) -> String {
    let mut out = String::new();
    for (exc, link) in chain {
        out.push_str(&exception_report(vm, exc, color));
        if !link.is_empty() {
            out.push('\n');
            out.push_str(link);
            out.push_str("\n\n");
        }
    }
    out
}

/// Identical consecutive frames shown before the rest are counted.
const REPEATS_SHOWN: usize = 3;

/// One frame to show: where it is, and what its label says.
struct Frame {
    file: Rc<SourceFile>,
    span: (usize, usize),
    label: String,
}

/// The frames of `exc`, outermost first, with runs of identical frames
/// (recursion) cut after a few and counted on the last one shown.
fn frames(exc: &Value) -> Vec<Frame> {
    let Some(data) = exception_data(exc) else {
        return Vec::new();
    };
    let entries = data.traceback.borrow();
    let mut frames: Vec<Frame> = Vec::new();
    let mut run = 0;
    let mut previous: Option<&TracebackEntry> = None;
    for entry in entries.iter().rev() {
        let same = previous.is_some_and(|p| {
            Rc::ptr_eq(&p.file, &entry.file) && p.span == entry.span && p.function == entry.function
        });
        previous = Some(entry);
        run = if same { run + 1 } else { 0 };
        if run >= REPEATS_SHOWN {
            if let Some(last) = frames.last_mut() {
                let more = run + 1 - REPEATS_SHOWN;
                let s = if more == 1 { "" } else { "s" };
                last.label = format!("in {} (and {more} more time{s})", entry.function);
            }
            continue;
        }
        frames.push(Frame {
            file: entry.file.clone(),
            span: (entry.span.0 as usize, entry.span.1 as usize),
            label: format!("in {}", entry.function),
        });
    }
    frames
}

/// The report of one exception.
fn exception_report(vm: &Vm, exc: &Value, color: bool) -> String {
    let line = exception_line(vm, exc);
    // An exception without a message (KeyboardInterrupt) is named once,
    // as the message, without a code line above it.
    let (name, message) = match line.split_once(": ") {
        Some((name, message)) => (Some(name.to_string()), message.to_string()),
        None => (None, line.clone()),
    };
    let (message, suggestion) = match message.rsplit_once(". Did you mean: '") {
        Some((message, rest)) => (
            message.to_string(),
            rest.strip_suffix("'?").map(str::to_string),
        ),
        None => (message, None),
    };
    let mut help = Vec::new();
    if let Some(name) = suggestion {
        help.push(format!("did you mean '{name}'?"));
    } else if let Some(hint) = name.as_deref().and_then(|n| hint_for(n, &message)) {
        help.push(hint.to_string());
    }
    help.extend(notes(vm, exc));
    let frames = frames(exc);
    let mut sources = FrameSources::default();
    let mut copies: HashMap<*const SourceFile, Arc<SourceFile>> = HashMap::new();
    let mut labels = Vec::new();
    let innermost = frames.len().saturating_sub(1);
    for (i, frame) in frames.iter().enumerate() {
        let copy = copies
            .entry(Rc::as_ptr(&frame.file))
            .or_insert_with(|| {
                Arc::new(SourceFile {
                    name: frame.file.name.clone(),
                    text: frame.file.text.clone(),
                })
            })
            .clone();
        let base = sources.add(copy);
        let text_len = frame.file.text.len();
        let start = frame.span.0.min(text_len);
        let end = frame.span.1.clamp(start, text_len);
        let span = SourceSpan::new((base + start).into(), end - start);
        let label = Some(frame.label.clone());
        if i != innermost {
            labels.push(LabeledSpan::new_with_span(label, span));
            continue;
        }
        // Where it failed: the operator, subscript or attribute inside
        // the expression, when there is one to single out.
        let span = match crate::focus::focus(&frame.file.text, start, end) {
            Some((from, to)) => SourceSpan::new((base + from).into(), to - from),
            None => span,
        };
        labels.push(LabeledSpan::new_primary_with_span(label, span));
    }
    let mut diagnostic = MietteDiagnostic::new(message).with_labels(labels);
    if let Some(name) = name {
        diagnostic = diagnostic.with_code(name);
    }
    if !help.is_empty() {
        diagnostic = diagnostic.with_help(help.join("\n"));
    }
    let report = miette::Report::new(diagnostic).with_source_code(sources);
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_context_lines(0);
    let mut out = String::new();
    if handler.render_report(&mut out, report.as_ref()).is_err() {
        return format!("{line}\n");
    }
    out
}

/// The exception's `__notes__`, as text.
fn notes(vm: &Vm, exc: &Value) -> Vec<String> {
    let Ok(Some(notes)) = vm.lookup_attr(exc, &vm.intern("__notes__")) else {
        return Vec::new();
    };
    let Ok(items) = vm.collect(&notes) else {
        return Vec::new();
    };
    items
        .iter()
        .map(|n| match n.as_str() {
            Some(s) => s.as_str().to_string(),
            None => vm.repr_string(n).unwrap_or_default(),
        })
        .collect()
}

/// A help line for mistakes the message makes recognisable.
pub fn hint_for(name: &str, message: &str) -> Option<&'static str> {
    let hint = match name {
        "UnboundLocalError" => {
            "assigning to a name anywhere in a function makes it local there; \
             declare it `global` (or `nonlocal`) to use the outer one"
        }
        "RecursionError" => "a function keeps calling itself: check that its recursion ends",
        "ModuleNotFoundError" => {
            "Garter imports its native modules (sys, math) and .py files \
             found beside the script"
        }
        "TypeError" if message.starts_with("can only concatenate str") => {
            "convert the other value with str() first, or use an f-string"
        }
        "TypeError" if message.contains("unsupported operand type(s)") => {
            "convert one operand so that both have compatible types"
        }
        "TypeError" if message.ends_with("object is not callable") => {
            "a name that held a function may have been rebound to this value"
        }
        "TypeError" if message.ends_with("object is not subscriptable") => {
            "only containers (list, dict, str...) take [ ]; check what this value is"
        }
        "KeyError" => "use dict.get(key) or `key in d` to handle a missing key",
        "IndexError" if message.ends_with("index out of range") => {
            "valid indexes run from 0 to len() - 1 (or from -len() to -1)"
        }
        "AttributeError" if message.starts_with("'NoneType' object") => {
            "this value is None: a function without `return` gives None"
        }
        _ => return None,
    };
    Some(hint)
}

/// The files of a report's frames laid end to end in one offset space,
/// each frame with its own place, so that miette draws the frames in call
/// order and never merges two of them. (miette wants sources it can share
/// between threads: the texts are copied once into `Arc`s.)
#[derive(Default)]
struct FrameSources {
    segments: Vec<(usize, Arc<SourceFile>)>,
    end: usize,
}

impl FrameSources {
    /// Adds a copy of `file`; returns the offset its text starts at.
    fn add(&mut self, file: Arc<SourceFile>) -> usize {
        let base = self.end;
        // One offset of gap, so that the end of one file is not the start
        // of the next.
        self.end = base + file.text.len() + 1;
        self.segments.push((base, file));
        base
    }
}

impl SourceCode for FrameSources {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let start = span.offset();
        let index = self.segments.partition_point(|(base, _)| *base <= start);
        let (base, file) = index
            .checked_sub(1)
            .and_then(|i| self.segments.get(i))
            .ok_or(MietteError::OutOfBounds)?;
        if start + span.len() > base + file.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        // Whole lines: miette starts a snippet read without context lines
        // at the span itself, not at its line.
        let text = file.text.as_str();
        let local_start = start - base;
        let local_end = local_start + span.len();
        let (Some(before), Some(after)) = (text.get(..local_start), text.get(local_end..)) else {
            return Err(MietteError::OutOfBounds);
        };
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        let line_end = after.find('\n').map_or(text.len(), |n| local_end + n);
        let local = SourceSpan::new(line_start.into(), line_end - line_start);
        let inner = text.read_span(&local, context_lines_before, context_lines_after)?;
        let shown = SourceSpan::new((inner.span().offset() + base).into(), inner.span().len());
        // The header shows where the span starts, in characters.
        let column = match text.get(line_start..local_start) {
            Some(head) if context_lines_before == 0 => head.chars().count(),
            _ => inner.column(),
        };
        Ok(Box::new(MietteSpanContents::new_named(
            file.name.clone(),
            inner.data(),
            shown,
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}

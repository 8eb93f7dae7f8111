//! [`Error`]: a Python exception (or a syntax error) coming back to the
//! host, with CPython's traceback text and a code frame for `miette`.

use std::fmt;

use garter_runtime::types::exception::exception_data;
use garter_runtime::{PyErr, Value, Vm};
use miette::{Diagnostic, LabeledSpan, NamedSource, SourceCode, SourceSpan};

/// An exception raised by Python code (or by a conversion), as the host
/// sees it.
///
/// It carries the exception's type name (`ValueError`), its message (what
/// `str(exc)` gives), CPython's traceback text and the exception object
/// itself. As a [`miette::Diagnostic`] it shows the source line where the
/// exception was raised (the innermost frame whose source is known).
///
/// ```
/// let interp = garter::Interpreter::new();
/// let err = interp.exec("x = 1\ny = x / 0\n", "calc.py").unwrap_err();
/// assert_eq!(err.type_name(), "ZeroDivisionError");
/// assert_eq!(err.message(), "division by zero");
/// assert!(err.traceback().contains("File \"calc.py\", line 2, in <module>"));
/// assert!(err.is_instance("ArithmeticError"));
/// ```
///
/// The error holds a Python object, so like the interpreter it stays on
/// the thread that made it (it is not `Send`).
pub struct Error {
    inner: Box<ErrorData>,
}

/// What an [`Error`] holds (boxed, so that results stay small).
struct ErrorData {
    type_name: String,
    message: String,
    traceback: String,
    exception: Value,
    bases: Vec<String>,
    frame: Option<CodeFrame>,
}

/// The source line an error points at.
struct CodeFrame {
    source: NamedSource<String>,
    span: SourceSpan,
}

impl Error {
    /// The error for a raised exception.
    pub(crate) fn from_exception(vm: &Vm, err: &PyErr) -> Error {
        let exception = err.value();
        let class = vm.class_of(&exception);
        let type_name = garter_runtime::types::type_object::type_name(class);
        let bases = garter_runtime::types::type_object::full_mro(class)
            .iter()
            .map(garter_runtime::types::type_object::type_name)
            .collect();
        let message = vm.str_string(&exception).unwrap_or_default();
        let traceback = garter_eval::format_exception(vm, err);
        let frame = exception_data(&exception).and_then(|data| {
            let entries = data.traceback.borrow();
            let entry = entries.first()?;
            Some(CodeFrame {
                source: NamedSource::new(entry.file.name.clone(), entry.file.text.clone()),
                span: span_of(
                    entry.span.0 as usize,
                    entry.span.1 as usize,
                    entry.file.text.len(),
                ),
            })
        });
        Error {
            inner: Box::new(ErrorData {
                type_name,
                message,
                traceback,
                exception,
                bases,
                frame,
            }),
        }
    }

    /// The error for source that does not compile: a Python
    /// `SyntaxError` (or `IndentationError`, ...), pointing at the place.
    pub(crate) fn from_syntax(
        vm: &Vm,
        err: &garter_syntax::SyntaxError,
        filename: &str,
        source: &str,
    ) -> Error {
        let exc = garter_eval::syntax_error(vm, err, filename, source);
        let mut error = Error::from_exception(vm, &exc);
        error.inner.message = err.msg.clone();
        error.inner.frame = Some(CodeFrame {
            source: NamedSource::new(filename, source.to_string()),
            span: span_of(err.span.start as usize, err.span.end as usize, source.len()),
        });
        error
    }

    /// The exception class's name (`"ValueError"`).
    pub fn type_name(&self) -> &str {
        &self.inner.type_name
    }

    /// The message: `str()` of the exception.
    pub fn message(&self) -> &str {
        &self.inner.message
    }

    /// CPython's text for the uncaught exception: `Traceback (most recent
    /// call last):`, the frames, and the `Type: message` line.
    pub fn traceback(&self) -> &str {
        &self.inner.traceback
    }

    /// The exception object.
    pub fn exception(&self) -> &Value {
        &self.inner.exception
    }

    /// Whether the exception is an instance of the class named
    /// `type_name` or of a subclass (`"LookupError"` for a `KeyError`).
    pub fn is_instance(&self, type_name: &str) -> bool {
        self.inner.type_name == type_name || self.inner.bases.iter().any(|b| b == type_name)
    }
}

/// The span `start..end` of a text `len` bytes long, kept inside it and
/// at least one byte long where it can be (miette marks nothing for an
/// empty span).
fn span_of(start: usize, end: usize, len: usize) -> SourceSpan {
    let start = start.min(len);
    let end = end.clamp(start, len);
    let width = if end > start {
        end - start
    } else {
        usize::from(start < len)
    };
    SourceSpan::new(start.into(), width)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.inner.message.is_empty() {
            write!(f, "{}", self.inner.type_name)
        } else {
            write!(f, "{}: {}", self.inner.type_name, self.inner.message)
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("type_name", &self.inner.type_name)
            .field("message", &self.inner.message)
            .field("traceback", &self.inner.traceback)
            .finish()
    }
}

impl std::error::Error for Error {}

impl Diagnostic for Error {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(format!("python::{}", self.inner.type_name)))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.inner
            .frame
            .as_ref()
            .map(|f| &f.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let frame = self.inner.frame.as_ref()?;
        let label = LabeledSpan::new_with_span(Some(self.inner.type_name.clone()), frame.span);
        Some(Box::new(std::iter::once(label)))
    }
}

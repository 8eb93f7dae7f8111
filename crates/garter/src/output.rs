//! [`OutputBuffer`]: a shared in-memory writer, for capturing what a
//! script prints.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A writer that keeps everything written to it, shared between its
/// clones: give one clone to [`Builder::stdout`](crate::Builder::stdout)
/// and read the text from another.
///
/// ```
/// use garter::{Interpreter, OutputBuffer};
///
/// let out = OutputBuffer::new();
/// let err = OutputBuffer::new();
/// let interp = Interpreter::builder().stdout(out.clone()).stderr(err.clone()).build().unwrap();
/// interp
///     .exec("import sys\nprint('hello')\nsys.stdout.write('raw\\n')\nprint('oops', file=sys.stderr)\n", "x.py")
///     .unwrap();
/// assert_eq!(out.contents(), "hello\nraw\n");
/// assert_eq!(err.take(), "oops\n");
/// assert_eq!(err.contents(), "");
/// ```
#[derive(Clone, Default)]
pub struct OutputBuffer {
    bytes: Rc<RefCell<Vec<u8>>>,
}

impl OutputBuffer {
    /// An empty buffer.
    pub fn new() -> OutputBuffer {
        OutputBuffer::default()
    }

    /// What was written so far, as text (invalid UTF-8 replaced).
    pub fn contents(&self) -> String {
        String::from_utf8_lossy(&self.bytes.borrow()).into_owned()
    }

    /// What was written so far, as text, leaving the buffer empty.
    pub fn take(&self) -> String {
        let bytes = std::mem::take(&mut *self.bytes.borrow_mut());
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for OutputBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

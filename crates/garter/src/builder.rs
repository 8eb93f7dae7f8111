//! [`Builder`]: the options an [`Interpreter`] is made with.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::time::Duration;

use garter_runtime::{Capabilities, Capability};

use crate::host::{Class, Function, Module};
use crate::{Error, Interpreter};

/// Options for a new [`Interpreter`]; every option has a default, so
/// `Interpreter::builder().build()` gives what `Interpreter::new()` does.
///
/// ```
/// use garter::{Function, Interpreter, Module, OutputBuffer};
///
/// let out = OutputBuffer::new();
/// let interp = Interpreter::builder()
///     .stdout(out.clone())
///     .stdin_text("Ada\n")
///     .argv(["rules.py", "--strict"])
///     .recursion_limit(200)
///     .function(Function::new("double", |x: i64| x * 2))
///     .module(Module::new("host").constant("version", "1.2"))
///     .build().unwrap();
/// interp
///     .exec("import sys, host\nprint(input('name? '), double(21), host.version, sys.argv[1])\n", "x.py")
///     .unwrap();
/// assert_eq!(out.contents(), "name? Ada 42 1.2 --strict\n");
/// ```
#[derive(Default)]
pub struct Builder {
    stdout: Option<Box<dyn Write>>,
    stderr: Option<Box<dyn Write>>,
    stdin: Option<Box<dyn BufRead>>,
    argv: Option<Vec<String>>,
    search_paths: Vec<PathBuf>,
    recursion_limit: Option<u32>,
    capabilities: Capabilities,
    max_memory: Option<usize>,
    max_time: Option<Duration>,
    max_steps: Option<u64>,
    functions: Vec<Function>,
    modules: Vec<Module>,
    classes: Vec<Class>,
}

impl Builder {
    /// The default options.
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Where `print`, `sys.stdout` and the interpreter's own stdout output
    /// go (default: the process's stdout).
    pub fn stdout(mut self, writer: impl Write + 'static) -> Builder {
        self.stdout = Some(Box::new(writer));
        self
    }

    /// Where `sys.stderr` output goes (default: the process's stderr).
    pub fn stderr(mut self, writer: impl Write + 'static) -> Builder {
        self.stderr = Some(Box::new(writer));
        self
    }

    /// Where `input()` and `sys.stdin` read from (default: the process's
    /// stdin).
    pub fn stdin(mut self, reader: impl BufRead + 'static) -> Builder {
        self.stdin = Some(Box::new(reader));
        self
    }

    /// `input()` and `sys.stdin` read `text`, then meet the end of input.
    pub fn stdin_text(self, text: &str) -> Builder {
        self.stdin(std::io::Cursor::new(text.as_bytes().to_vec()))
    }

    /// `sys.argv` (default: empty).
    pub fn argv<S: Into<String>>(mut self, argv: impl IntoIterator<Item = S>) -> Builder {
        self.argv = Some(argv.into_iter().map(Into::into).collect());
        self
    }

    /// A directory `import` searches for `.py` files (and adds to
    /// `sys.path`). Without any, scripts import only the native and host
    /// modules.
    pub fn search_path(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.search_paths.push(dir.into());
        self
    }

    /// The recursion limit (`sys.setrecursionlimit`; default 1000).
    pub fn recursion_limit(mut self, limit: u32) -> Builder {
        self.recursion_limit = Some(limit.max(1));
        self
    }

    /// Grants a capability (default: none; see [`Capability`]).
    pub fn grant(mut self, capability: Capability) -> Builder {
        self.capabilities = self.capabilities.with(capability);
        self
    }

    /// The whole set of capabilities (default: `Capabilities::NONE`).
    pub fn capabilities(mut self, capabilities: Capabilities) -> Builder {
        self.capabilities = capabilities;
        self
    }

    /// The most memory a script may hold, in bytes (MemoryError beyond;
    /// see [`Interpreter::set_max_memory`]).
    pub fn max_memory(mut self, bytes: usize) -> Builder {
        self.max_memory = Some(bytes);
        self
    }

    /// The longest a run may take (TimeoutError beyond).
    pub fn max_time(mut self, time: Duration) -> Builder {
        self.max_time = Some(time);
        self
    }

    /// The most steps (calls and loop iterations) a run may take
    /// (TimeoutError beyond).
    pub fn max_steps(mut self, steps: u64) -> Builder {
        self.max_steps = Some(steps);
        self
    }

    /// A host function every script sees as a builtin.
    pub fn function(mut self, function: Function) -> Builder {
        self.functions.push(function);
        self
    }

    /// A host module scripts can import.
    pub fn module(mut self, module: Module) -> Builder {
        self.modules.push(module);
        self
    }

    /// A host class, so that values of its Rust type can be handed to
    /// scripts (it is not a builtin name; put it in a module to give it
    /// one).
    pub fn class(mut self, class: Class) -> Builder {
        self.classes.push(class);
        self
    }

    /// Makes the interpreter. Fails only when a host module's Python
    /// source (or a constant's conversion) does.
    pub fn build(self) -> Result<Interpreter, Error> {
        let interp = Interpreter::bare();
        let vm = interp.vm();
        if let Some(w) = self.stdout {
            *vm.stdout.borrow_mut() = w;
        }
        if let Some(w) = self.stderr {
            *vm.stderr.borrow_mut() = w;
        }
        if let Some(r) = self.stdin {
            *vm.stdin.borrow_mut() = Some(r);
        }
        if let Some(argv) = self.argv {
            interp.inner().set_argv(argv);
        }
        for dir in self.search_paths {
            interp.inner().add_search_path(dir);
        }
        if let Some(limit) = self.recursion_limit {
            vm.set_recursion_limit(limit);
        }
        interp.set_capabilities(self.capabilities);
        interp.set_max_memory(self.max_memory);
        interp.set_max_time(self.max_time);
        interp.set_max_steps(self.max_steps);
        for class in self.classes {
            interp.add_class(class);
        }
        for function in self.functions {
            interp.add_function(function);
        }
        for module in self.modules {
            interp.add_module(module)?;
        }
        Ok(interp)
    }
}

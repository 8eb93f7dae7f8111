//! [`Interpreter`]: run code, read and write globals, call Python
//! callables, all with Rust values converted on the way in and out.

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use garter_eval::RunError;
use garter_runtime::{Args, ObjRef, PyErr, Value, Vm};

use crate::args::IntoArgs;
use crate::{Builder, Error, FromPy, IntoPy};

/// A Python interpreter: its own builtins, modules and `__main__`
/// namespace, independent of every other interpreter in the process.
///
/// ```
/// let interp = garter::Interpreter::new();
/// interp.exec("def area(w, h=1):\n    return w * h\n", "shapes.py").unwrap();
/// let area = interp.get::<garter::Value>("area").unwrap();
/// let a: i64 = interp.call(&area, (6, 7)).unwrap();
/// assert_eq!(a, 42);
/// let b: i64 = interp.call_kw(&area, (6,), [("h", 2)]).unwrap();
/// assert_eq!(b, 12);
/// assert_eq!(interp.eval::<i64>("area(5)").unwrap(), 5);
/// ```
///
/// An interpreter is not `Send`: each thread makes and uses its own.
pub struct Interpreter {
    inner: garter_eval::Interpreter,
    globals: ObjRef,
}

/// Dropping an interpreter frees its objects, breaking the reference
/// cycles Python data is full of (see `teardown.rs`).
impl Drop for Interpreter {
    fn drop(&mut self) {
        crate::teardown::take_apart(self.vm(), &self.globals);
    }
}

impl Default for Interpreter {
    fn default() -> Interpreter {
        Interpreter::new()
    }
}

impl Interpreter {
    /// An interpreter with the default options (see [`Builder`]).
    pub fn new() -> Interpreter {
        Interpreter::bare()
    }

    /// Options for a new interpreter.
    pub fn builder() -> Builder {
        Builder::new()
    }

    /// An interpreter with nothing of the host's in it.
    pub(crate) fn bare() -> Interpreter {
        let inner = garter_eval::Interpreter::new();
        let globals = match inner.main_globals() {
            Ok(g) => g,
            Err(_) => inner.vm().builtins.clone(),
        };
        Interpreter { inner, globals }
    }

    /// The runtime, for conversions and for host code that works with
    /// Python values directly.
    pub fn vm(&self) -> &Vm {
        self.inner.vm()
    }

    /// The evaluator's interpreter under this one.
    pub fn inner(&self) -> &garter_eval::Interpreter {
        &self.inner
    }

    /// Runs `f` on the interpreter's stack, turning an exception into an
    /// [`Error`]; stdout is flushed afterwards.
    pub(crate) fn run<R>(&self, f: impl FnOnce(&Vm) -> Result<R, PyErr>) -> Result<R, Error> {
        let vm = self.vm();
        let result = self.inner.on_big_stack(|| f(vm)).and_then(|r| r);
        vm.flush_stdout();
        result.map_err(|e| self.error(&e))
    }

    /// The [`Error`] for an exception. Its message comes from `str()` of
    /// the exception, which may run Python code, so it is made on the
    /// interpreter's stack.
    pub fn error(&self, err: &PyErr) -> Error {
        let vm = self.vm();
        match self.inner.on_big_stack(|| Error::from_exception(vm, err)) {
            Ok(error) => error,
            Err(_) => Error::from_exception(vm, err),
        }
    }

    pub(crate) fn run_error(&self, err: RunError, filename: &str, source: &str) -> Error {
        match err {
            RunError::Syntax(e) => {
                let vm = self.vm();
                let make = || Error::from_syntax(vm, &e, filename, source);
                match self.inner.on_big_stack(make) {
                    Ok(error) => error,
                    Err(_) => make(),
                }
            }
            RunError::Exception(e) => self.error(&e),
        }
    }

    /// Runs the statements of `source` in the `__main__` namespace;
    /// `filename` names the source in tracebacks.
    pub fn exec(&self, source: &str, filename: &str) -> Result<(), Error> {
        let result = self.inner.exec_in(source, filename, &self.globals);
        self.vm().flush_stdout();
        result.map_err(|e| self.run_error(e, filename, source))
    }

    /// The value of the expression `source`, evaluated in the `__main__`
    /// namespace and converted to `T`.
    ///
    /// ```
    /// let interp = garter::Interpreter::new();
    /// let squares: Vec<u32> = interp.eval("[i * i for i in range(4)]").unwrap();
    /// assert_eq!(squares, [0, 1, 4, 9]);
    /// assert_eq!(interp.eval::<i64>("1 +").unwrap_err().type_name(), "SyntaxError");
    /// ```
    pub fn eval<T: FromPy>(&self, source: &str) -> Result<T, Error> {
        const FILENAME: &str = "<string>";
        let value = self
            .inner
            .eval_in(source, FILENAME, &self.globals)
            .map_err(|e| self.run_error(e, FILENAME, source))?;
        self.from_py(&value)
    }

    /// The global `name` of `__main__`, converted to `T`; a `NameError`
    /// when there is none.
    pub fn get<T: FromPy>(&self, name: &str) -> Result<T, Error> {
        self.run(|vm| {
            let key = vm.intern(name);
            let value = garter_runtime::types::dict::obj_dict_table(&self.globals)
                .and_then(|t| t.borrow().get_str(&key));
            match value {
                Some(v) => T::from_py(vm, &v),
                None => Err(vm.name_error(format!("name '{name}' is not defined"))),
            }
        })
    }

    /// Sets the global `name` of `__main__` to `value`.
    pub fn set<T: IntoPy>(&self, name: &str, value: T) -> Result<(), Error> {
        self.run(|vm| {
            let v = value.into_py(vm)?;
            vm.set_item(&Value::Obj(self.globals.clone()), &vm.intern(name), v)
        })
    }

    /// Imports the module `name` (a host module, a native one, or a
    /// `.py` file on the search path).
    pub fn import(&self, name: &str) -> Result<Value, Error> {
        let result = self.inner.import(name);
        result.map_err(|e| self.error(&e))
    }

    /// `getattr(object, name)`.
    pub fn getattr(&self, object: &Value, name: &str) -> Result<Value, Error> {
        self.run(|vm| vm.get_attr(object, &vm.intern(name)))
    }

    /// `callable(*args)`, its result converted to `R`. `args` is a tuple
    /// of convertible values (`()` for none).
    pub fn call<A: IntoArgs, R: FromPy>(&self, callable: &Value, args: A) -> Result<R, Error> {
        self.run(|vm| {
            let values = args.into_args(vm)?;
            let result = vm.call(callable, Args::positional(values.as_ref()))?;
            R::from_py(vm, &result)
        })
    }

    /// `callable(*args, **kwargs)`, its result converted to `R`.
    pub fn call_kw<A, K, V, R>(
        &self,
        callable: &Value,
        args: A,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<R, Error>
    where
        A: IntoArgs,
        K: AsRef<str>,
        V: IntoPy,
        R: FromPy,
    {
        self.run(|vm| {
            let mut values: Vec<Value> = args.into_args(vm)?.as_ref().to_vec();
            let mut names = Vec::new();
            for (k, v) in kwargs {
                names.push(vm.intern(k.as_ref()));
                values.push(v.into_py(vm)?);
            }
            let result = vm.call(
                callable,
                Args {
                    values: &values,
                    kwnames: &names,
                },
            )?;
            R::from_py(vm, &result)
        })
    }

    /// `repr(value)`, as text (a [`Value`] has no `Debug` of its own).
    ///
    /// ```
    /// let interp = garter::Interpreter::new();
    /// let v = interp.to_py(vec![Some("a"), None]).unwrap();
    /// assert_eq!(interp.repr(&v).unwrap(), "['a', None]");
    /// ```
    pub fn repr(&self, value: &Value) -> Result<String, Error> {
        self.run(|vm| vm.repr_string(value))
    }

    /// Converts a Rust value to a Python value of this interpreter.
    pub fn to_py<T: IntoPy>(&self, value: T) -> Result<Value, Error> {
        self.run(|vm| value.into_py(vm))
    }

    /// Converts a Python value to `T`.
    pub fn from_py<T: FromPy>(&self, value: &Value) -> Result<T, Error> {
        self.run(|vm| T::from_py(vm, value))
    }

    /// Writes an error's traceback to the interpreter's stderr, as python3
    /// does for an uncaught exception.
    pub fn print_error(&self, error: &Error) {
        let vm = self.vm();
        vm.flush_stdout();
        let mut stderr = vm.stderr.borrow_mut();
        let _ = stderr.write_all(error.traceback().as_bytes());
        let _ = stderr.flush();
    }

    /// A flag any thread may set to stop the running code: it raises
    /// `KeyboardInterrupt` at its next call or loop iteration (and the
    /// flag is cleared).
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.inner.interrupt_flag()
    }
}

use std::io::Write;

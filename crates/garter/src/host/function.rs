//! Host functions: Rust closures Python code calls like builtins, with
//! their arguments converted from Python ([`FromPy`]) and their result
//! converted back ([`IntoPy`]); a Rust error becomes a Python exception
//! of the function's choosing.

use std::fmt;
use std::rc::Rc;

use garter_runtime::types::host_function::HostFn;
use garter_runtime::types::type_object::MethodKind;
use garter_runtime::{Args, PyErr, PyResult, Value, Vm};

use crate::{FromPy, IntoPy};

/// A host function, to register as a builtin
/// ([`Builder::function`](crate::Builder::function)) or in a host module
/// ([`Module::function`](crate::Module::function)).
///
/// ```
/// use garter::{Function, HostError, Interpreter};
///
/// let parse = Function::new("parse_port", |text: String, default: Option<u16>| {
///     match text.parse::<u16>() {
///         Ok(port) => Ok(port),
///         Err(_) if text.is_empty() => default.ok_or_else(|| HostError::new("ValueError", "no port")),
///         Err(e) => Err(e.into()),
///     }
/// })
/// .params(["text", "default"])
/// .error_type("ValueError");
/// let interp = Interpreter::builder().function(parse).build().unwrap();
/// assert_eq!(interp.eval::<u16>("parse_port('8080')").unwrap(), 8080);
/// assert_eq!(interp.eval::<u16>("parse_port('', default=80)").unwrap(), 80);
/// let err = interp.eval::<u16>("parse_port('x')").unwrap_err();
/// assert_eq!(err.to_string(), "ValueError: invalid digit found in string");
/// let err = interp.eval::<u16>("parse_port(1)").unwrap_err();
/// assert_eq!(err.to_string(), "TypeError: expected str, got int");
/// ```
pub struct Function {
    pub(crate) name: String,
    params: Vec<String>,
    arity: usize,
    error_type: String,
    body: Body,
}

/// The body of a typed function: it gets one value (or `None`) per
/// parameter.
pub(crate) type TypedBody = Rc<dyn Fn(&Vm, &[Option<Value>], &Signature) -> PyResult<Value>>;

/// What a function runs.
enum Body {
    /// Typed: bound arguments, one per parameter.
    Typed(TypedBody),
    /// Raw: the call's arguments as they come.
    Raw(HostFn),
}

impl Function {
    /// A function named `name` running `body`, a closure of up to eight
    /// arguments, each converted with [`FromPy`] (an `Option` argument
    /// may be left out), returning an [`IntoPy`] value or a
    /// `Result<_, E>` where `E: Into<HostError>`.
    pub fn new<M, F: IntoHostFunction<M>>(name: &str, body: F) -> Function {
        Function {
            name: name.to_string(),
            params: Vec::new(),
            arity: F::ARITY,
            error_type: "RuntimeError".to_string(),
            body: Body::Typed(body.into_body()),
        }
    }

    /// A typed function from its bound-arguments body.
    pub(crate) fn from_body(name: &str, arity: usize, body: TypedBody) -> Function {
        Function {
            name: name.to_string(),
            params: Vec::new(),
            arity,
            error_type: "RuntimeError".to_string(),
            body: Body::Typed(body),
        }
    }

    /// A function that gets the call's arguments unconverted: positional
    /// values then keyword values, with the keyword names.
    ///
    /// ```
    /// use garter::{Function, Interpreter, Value};
    ///
    /// let count = Function::raw("count_args", |_vm, args| {
    ///     Ok(Value::Int(args.values.len() as i64))
    /// });
    /// let interp = Interpreter::builder().function(count).build().unwrap();
    /// assert_eq!(interp.eval::<i64>("count_args(1, 2, x=3)").unwrap(), 3);
    /// ```
    pub fn raw(name: &str, body: impl Fn(&Vm, Args) -> PyResult<Value> + 'static) -> Function {
        Function {
            name: name.to_string(),
            params: Vec::new(),
            arity: 0,
            error_type: "RuntimeError".to_string(),
            body: Body::Raw(Rc::new(body)),
        }
    }

    /// Names the parameters, so that callers may pass them by keyword.
    pub fn params<S: Into<String>>(mut self, names: impl IntoIterator<Item = S>) -> Function {
        self.params = names.into_iter().map(Into::into).collect();
        self
    }

    /// The builtin exception class (`"ValueError"`, `"KeyError"`, ...) a
    /// Rust error returned by the body raises when the error does not
    /// name one itself; `RuntimeError` by default.
    pub fn error_type(mut self, name: &str) -> Function {
        self.error_type = name.to_string();
        self
    }

    /// The Python function object, owned by the type `owner` (for
    /// methods) or by no type.
    pub(crate) fn into_value(self, vm: &Vm, owner: Option<&str>, kind: MethodKind) -> Value {
        let (name, func) = self.into_host_fn();
        vm.new_host_function(&name, owner, kind, func)
    }

    /// The function's name and its body as a runtime host function.
    pub(crate) fn into_host_fn(self) -> (String, HostFn) {
        let name = self.name.clone();
        match self.body {
            Body::Raw(f) => (name, f),
            Body::Typed(f) => {
                let signature = Signature {
                    name: self.name,
                    params: self.params,
                    arity: self.arity,
                    error_type: self.error_type,
                };
                let body: HostFn = Rc::new(move |vm: &Vm, args: Args| {
                    let bound = signature.bind(vm, &args)?;
                    f(vm, &bound, &signature)
                });
                (name, body)
            }
        }
    }
}

/// A function's name, parameters and error class, for binding arguments
/// and reporting errors.
#[doc(hidden)]
pub struct Signature {
    name: String,
    params: Vec<String>,
    arity: usize,
    error_type: String,
}

impl Signature {
    /// One value (or `None`) per parameter, from positional and keyword
    /// arguments, with CPython's messages for a wrong call.
    fn bind(&self, vm: &Vm, args: &Args) -> PyResult<Vec<Option<Value>>> {
        let name = &self.name;
        let pos = args.pos();
        if pos.len() > self.arity {
            let s = if self.arity == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{name}() takes at most {} argument{s} ({} given)",
                self.arity,
                pos.len()
            )));
        }
        let mut bound: Vec<Option<Value>> = vec![None; self.arity];
        for (slot, v) in bound.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (key, value) in args.keywords() {
            let index = self.params.iter().take(self.arity).position(|p| p == key);
            match index.and_then(|i| bound.get_mut(i).map(|slot| (i, slot))) {
                Some((i, slot)) => {
                    if slot.is_some() {
                        return Err(vm.type_error(format!(
                            "argument for {name}() given by name ('{key}') and position ({})",
                            i + 1
                        )));
                    }
                    *slot = Some(value.clone());
                }
                None if self.params.is_empty() => {
                    return Err(vm.type_error(format!("{name}() takes no keyword arguments")))
                }
                None => {
                    return Err(vm.type_error(format!(
                        "{name}() got an unexpected keyword argument '{key}'"
                    )))
                }
            }
        }
        Ok(bound)
    }

    /// Argument `index` converted to `T`.
    #[doc(hidden)]
    pub fn arg<T: FromPy>(&self, vm: &Vm, bound: &[Option<Value>], index: usize) -> PyResult<T> {
        match bound.get(index).and_then(Option::as_ref) {
            Some(v) => T::from_py(vm, v),
            None => T::from_missing().ok_or_else(|| {
                let param = match self.params.get(index) {
                    Some(p) => format!("argument '{p}'"),
                    None => "argument".to_string(),
                };
                vm.type_error(format!(
                    "{}() missing required {param} (pos {})",
                    self.name,
                    index + 1
                ))
            }),
        }
    }

    /// The Python exception for a host error.
    #[doc(hidden)]
    pub fn raise(&self, vm: &Vm, err: HostError) -> PyErr {
        let class_name = err.exception.as_deref().unwrap_or(&self.error_type);
        let class = vm
            .builtins_get(class_name)
            .ok()
            .and_then(|c| c.as_obj().cloned())
            .filter(|c| {
                c.as_type().is_some()
                    && garter_runtime::types::type_object::is_subtype(c, &vm.exc.base_exception)
            })
            .unwrap_or_else(|| vm.exc.runtime_error.clone());
        vm.new_error(&class, err.message)
    }
}

/// An error a host function returns: a message, and optionally the
/// builtin exception class to raise (else the function's
/// [`error_type`](Function::error_type)).
///
/// Any `std::error::Error` converts into one with `?`.
pub struct HostError {
    exception: Option<String>,
    message: String,
}

impl HostError {
    /// An error raising the builtin exception class `exception_type`
    /// (`"KeyError"`) with `message`.
    pub fn new(exception_type: &str, message: impl Into<String>) -> HostError {
        HostError {
            exception: Some(exception_type.to_string()),
            message: message.into(),
        }
    }

    /// An error raising the function's own exception class.
    pub fn message(message: impl Into<String>) -> HostError {
        HostError {
            exception: None,
            message: message.into(),
        }
    }
}

impl<E: std::error::Error> From<E> for HostError {
    fn from(e: E) -> HostError {
        HostError::message(e.to_string())
    }
}

impl fmt::Debug for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            self.exception.as_deref().unwrap_or("<error>"),
            self.message
        )
    }
}

/// What a host function may return: a convertible value, or a `Result`
/// whose error becomes a Python exception.
pub trait HostReturn {
    /// The Python value, or the error to raise.
    fn into_host_result(self, vm: &Vm) -> Result<Value, HostResultError>;
}

/// Why a host function's result is not a value: a Rust error to raise,
/// or a Python exception from converting the result.
#[doc(hidden)]
pub enum HostResultError {
    Host(HostError),
    Python(PyErr),
}

impl<T: IntoPy> HostReturn for T {
    fn into_host_result(self, vm: &Vm) -> Result<Value, HostResultError> {
        self.into_py(vm).map_err(HostResultError::Python)
    }
}

impl<T: IntoPy, E: Into<HostError>> HostReturn for Result<T, E> {
    fn into_host_result(self, vm: &Vm) -> Result<Value, HostResultError> {
        match self {
            Ok(v) => v.into_py(vm).map_err(HostResultError::Python),
            Err(e) => Err(HostResultError::Host(e.into())),
        }
    }
}

impl Signature {
    /// The Python result of a host function's return value.
    #[doc(hidden)]
    pub fn finish<R: HostReturn>(&self, vm: &Vm, r: R) -> PyResult<Value> {
        match r.into_host_result(vm) {
            Ok(v) => Ok(v),
            Err(HostResultError::Python(e)) => Err(e),
            Err(HostResultError::Host(e)) => Err(self.raise(vm, e)),
        }
    }
}

/// A closure that can be a host function (implemented for closures of up
/// to eight [`FromPy`] arguments returning a [`HostReturn`]); `M` only
/// tells the implementations apart.
pub trait IntoHostFunction<M>: 'static {
    /// How many parameters it has.
    const ARITY: usize;

    /// The function body over bound arguments.
    #[doc(hidden)]
    fn into_body(self) -> TypedBody;
}

macro_rules! host_function_arities {
    ($($len:literal => ($($arg:ident $index:tt),*);)*) => {$(
        impl<F, R, $($arg),*> IntoHostFunction<(R, $($arg,)*)> for F
        where
            F: Fn($($arg),*) -> R + 'static,
            R: HostReturn,
            $($arg: FromPy,)*
        {
            const ARITY: usize = $len;

            #[allow(unused_variables)]
            fn into_body(self) -> TypedBody {
                Rc::new(move |vm: &Vm, bound: &[Option<Value>], sig: &Signature| {
                    let r = self($(sig.arg::<$arg>(vm, bound, $index)?),*);
                    sig.finish(vm, r)
                })
            }
        }
    )*};
}

host_function_arities! {
    0 => ();
    1 => (A 0);
    2 => (A 0, B 1);
    3 => (A 0, B 1, C 2);
    4 => (A 0, B 1, C 2, D 3);
    5 => (A 0, B 1, C 2, D 3, E 4);
    6 => (A 0, B 1, C 2, D 3, E 4, F5 5);
    7 => (A 0, B 1, C 2, D 3, E 4, F5 5, G 6);
    8 => (A 0, B 1, C 2, D 3, E 4, F5 5, G 6, H 7);
}

//! Host objects: a Rust value exposed to Python as an object of a host
//! class, with methods and attributes that run Rust code on it.
//!
//! The object holds the value as `Rc<RefCell<T>>` (in the runtime's
//! `Payload::Native`), shared with any [`HostObject<T>`] handle the host
//! keeps; the class is found through the Rust type's `TypeId`.

use std::any::{Any, TypeId};
use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use garter_runtime::object::Payload;
use garter_runtime::types::property::PropertyData;
use garter_runtime::types::type_object::{refresh_dunders, MethodKind};
use garter_runtime::{Args, PyErr, PyResult, Value, Vm};

use crate::host::function::{HostReturn, Signature};
use crate::{FromPy, Function, IntoPy};

/// A Python class for the Rust type `T`: its methods and attributes are
/// Rust closures over `&T` / `&mut T`.
///
/// ```
/// use garter::{Class, Function, HostObject, Interpreter, Module};
///
/// struct Counter { count: i64 }
///
/// let class = Class::new::<Counter>("Counter")
///     .constructor(Function::new("Counter", |start: Option<i64>| {
///         HostObject::new(Counter { count: start.unwrap_or(0) })
///     }))
///     .method("add", |c: &mut Counter, n: i64| { c.count += n; c.count })
///     .getter("count", |c: &Counter| c.count)
///     .setter("count", |c: &mut Counter, v: i64| c.count = v);
/// let interp = Interpreter::builder().module(Module::new("host").class(class)).build().unwrap();
/// interp.exec("from host import Counter\nc = Counter(5)\nc.add(2)\nc.count += 10\n", "x.py").unwrap();
/// let c: HostObject<Counter> = interp.get("c").unwrap();
/// assert_eq!(c.borrow().count, 17);
///
/// interp.set("d", HostObject::new(Counter { count: 1 })).unwrap();
/// assert_eq!(interp.eval::<i64>("d.add(1)").unwrap(), 2);
/// ```
pub struct Class {
    pub(crate) name: String,
    type_id: TypeId,
    methods: Vec<Function>,
    properties: Vec<Property>,
    constructor: Option<Function>,
}

/// A named attribute's getter and setter.
struct Property {
    name: String,
    get: Option<Function>,
    set: Option<Function>,
}

impl Class {
    /// A class named `name` for values of the Rust type `T`.
    pub fn new<T: 'static>(name: &str) -> Class {
        Class {
            name: name.to_string(),
            type_id: TypeId::of::<T>(),
            methods: Vec::new(),
            properties: Vec::new(),
            constructor: None,
        }
    }

    /// A method: `body` gets the object's value and up to seven converted
    /// arguments. Special methods (`__repr__`, `__len__`, `__eq__`, ...)
    /// work as in Python.
    pub fn method<T: 'static, M, F: IntoHostMethod<T, M>>(mut self, name: &str, body: F) -> Class {
        self.methods.push(body.into_function(name));
        self
    }

    /// A readable attribute computed from the value.
    pub fn getter<T, R, F>(mut self, name: &str, get: F) -> Class
    where
        T: 'static,
        R: HostReturn + 'static,
        F: Fn(&T) -> R + 'static,
    {
        let function = (move |this: &mut T| get(this)).into_function(name);
        self.property(name).get = Some(function);
        self
    }

    /// A writable attribute: `set` gets the value and the converted new
    /// value (a setter without a getter makes a write-only attribute).
    pub fn setter<T, V, R, F>(mut self, name: &str, set: F) -> Class
    where
        T: 'static,
        V: FromPy + 'static,
        R: HostReturn + 'static,
        F: Fn(&mut T, V) -> R + 'static,
    {
        let function = (move |this: &mut T, v: V| set(this, v)).into_function(name);
        self.property(name).set = Some(function);
        self
    }

    /// What calling the class does: a host function returning a
    /// [`HostObject<T>`]. Without one, the class cannot be called
    /// (objects come from the host).
    pub fn constructor(mut self, function: Function) -> Class {
        self.constructor = Some(function);
        self
    }

    fn property(&mut self, name: &str) -> &mut Property {
        let index = match self.properties.iter().position(|p| p.name == name) {
            Some(i) => i,
            None => {
                self.properties.push(Property {
                    name: name.to_string(),
                    get: None,
                    set: None,
                });
                self.properties.len() - 1
            }
        };
        &mut self.properties[index]
    }
}

impl crate::Interpreter {
    /// Makes a host class in this interpreter, so that values of its Rust
    /// type convert to Python objects; returns the class object.
    pub fn add_class(&self, class: Class) -> Value {
        let vm = self.vm();
        let cls = vm.new_native_type(class.name.clone(), &[], &[]);
        if let Some(t) = cls.as_type() {
            let mut dict = t.namespace_mut();
            for method in class.methods {
                let name = vm.intern(&method.name);
                dict.set_str(
                    name,
                    method.into_value(vm, Some(&class.name), MethodKind::Method),
                );
            }
            for p in class.properties {
                let get = p.get.map(|f| f.into_value(vm, None, MethodKind::Static));
                let set = p.set.map(|f| f.into_value(vm, None, MethodKind::Static));
                let property = vm.new_object(
                    vm.types.property.clone(),
                    Payload::Property(Box::new(PropertyData {
                        fget: RefCell::new(get.unwrap_or(Value::None)),
                        fset: RefCell::new(set.unwrap_or(Value::None)),
                        fdel: RefCell::new(Value::None),
                        doc: RefCell::new(Value::None),
                        name: RefCell::new(vm.new_str(p.name.clone())),
                    })),
                );
                dict.set_str(vm.intern(&p.name), property);
            }
            let new = constructor(vm, &class.name, class.constructor);
            dict.set_str(vm.intern("__new__"), new);
        }
        refresh_dunders(vm, &cls);
        let mut registry = vm.host_classes.borrow_mut();
        registry.retain(|(id, _)| *id != class.type_id);
        registry.push((class.type_id, cls.clone()));
        Value::Obj(cls)
    }
}

/// `__new__` of a host class: the constructor without the class argument,
/// or a TypeError when there is none.
fn constructor(vm: &Vm, class_name: &str, function: Option<Function>) -> Value {
    let body: garter_runtime::types::host_function::HostFn = match function {
        Some(f) => {
            let (_, inner) = f.into_host_fn();
            Rc::new(move |vm: &Vm, args: Args| {
                let values = args.values.get(1..).unwrap_or_default();
                inner(
                    vm,
                    Args {
                        values,
                        kwnames: args.kwnames,
                    },
                )
            })
        }
        None => {
            let message = format!("cannot create '{class_name}' instances");
            Rc::new(move |vm: &Vm, _args: Args| Err(vm.type_error(message.clone())))
        }
    };
    vm.new_host_function("__new__", Some(class_name), MethodKind::Static, body)
}

/// A shared handle to a Rust value that Python sees as an object of its
/// host [`Class`]. Converting it to Python ([`IntoPy`]) needs the class
/// added to the interpreter; converting back ([`FromPy`]) gives a handle
/// to the same value.
pub struct HostObject<T> {
    cell: Rc<RefCell<T>>,
}

impl<T> Clone for HostObject<T> {
    fn clone(&self) -> HostObject<T> {
        HostObject {
            cell: self.cell.clone(),
        }
    }
}

impl<T: 'static> HostObject<T> {
    /// A new handle owning `value`.
    pub fn new(value: T) -> HostObject<T> {
        HostObject {
            cell: Rc::new(RefCell::new(value)),
        }
    }

    /// The value, to read.
    ///
    /// Panics if Rust code is changing it at the same time (a method of
    /// the class running a `borrow_mut` of its own), as `RefCell` does.
    pub fn borrow(&self) -> Ref<'_, T> {
        self.cell.borrow()
    }

    /// The value, to change (panics as `RefCell::borrow_mut` does).
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        self.cell.borrow_mut()
    }

    /// The value, to read, unless it is being changed (`None` then).
    pub fn try_borrow(&self) -> Option<Ref<'_, T>> {
        self.cell.try_borrow().ok()
    }

    /// The value, to change, unless it is in use (`None` then).
    pub fn try_borrow_mut(&self) -> Option<RefMut<'_, T>> {
        self.cell.try_borrow_mut().ok()
    }

    /// Whether two handles share one value (the same Python object's
    /// value, or clones of one handle).
    pub fn ptr_eq(&self, other: &HostObject<T>) -> bool {
        Rc::ptr_eq(&self.cell, &other.cell)
    }
}

impl<T: 'static> IntoPy for HostObject<T> {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        let Some(cls) = vm.host_class(TypeId::of::<T>()) else {
            return Err(vm.type_error(format!(
                "no host class is registered for {}",
                std::any::type_name::<T>()
            )));
        };
        let payload: Box<dyn Any> = Box::new(self.cell);
        Ok(vm.new_object(cls, Payload::Native(payload)))
    }
}

impl<T: 'static> FromPy for HostObject<T> {
    fn from_py(vm: &Vm, value: &Value) -> Result<HostObject<T>, PyErr> {
        host_cell::<T>(value)
            .map(|cell| HostObject { cell })
            .ok_or_else(|| not_host_object::<T>(vm, value))
    }
}

/// The shared value inside a host object of type `T`.
fn host_cell<T: 'static>(value: &Value) -> Option<Rc<RefCell<T>>> {
    match value.payload() {
        Some(Payload::Native(data)) => data.downcast_ref::<Rc<RefCell<T>>>().cloned(),
        _ => None,
    }
}

fn not_host_object<T: 'static>(vm: &Vm, value: &Value) -> PyErr {
    let expected = vm
        .host_class(TypeId::of::<T>())
        .map(|c| garter_runtime::types::type_object::type_name(&c))
        .unwrap_or_else(|| std::any::type_name::<T>().to_string());
    vm.type_error(format!(
        "expected {expected}, got {}",
        vm.type_name_of(value)
    ))
}

/// A closure that can be a method of the host class of `T` (implemented
/// for closures taking `&mut T` then up to seven [`FromPy`] arguments and
/// returning a [`HostReturn`]); `M` only tells the implementations apart.
pub trait IntoHostMethod<T, M>: 'static {
    /// The method as a host function whose first argument is the object.
    #[doc(hidden)]
    fn into_function(self, name: &str) -> Function;
}

/// Runs `body` on the value of the object `this`.
fn with_value<T: 'static, R>(
    vm: &Vm,
    this: &Value,
    method: &str,
    body: impl FnOnce(&mut T) -> PyResult<R>,
) -> PyResult<R> {
    let Some(cell) = host_cell::<T>(this) else {
        let expected = vm
            .host_class(TypeId::of::<T>())
            .map(|c| garter_runtime::types::type_object::type_name(&c))
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "descriptor '{method}' requires a '{expected}' object but received a '{}'",
            vm.type_name_of(this)
        )));
    };
    let Ok(mut value) = cell.try_borrow_mut() else {
        return Err(vm.runtime_error(format!(
            "the {} object is already in use",
            vm.type_name_of(this)
        )));
    };
    body(&mut value)
}

macro_rules! host_method_arities {
    ($($arg_count:literal => ($($arg:ident $index:tt),*);)*) => {$(
        impl<T, F, R, $($arg),*> IntoHostMethod<T, (R, $($arg,)*)> for F
        where
            T: 'static,
            F: Fn(&mut T, $($arg),*) -> R + 'static,
            R: HostReturn,
            $($arg: FromPy,)*
        {
            #[allow(unused_variables, non_snake_case)]
            fn into_function(self, name: &str) -> Function {
                let method = name.to_string();
                let body = move |vm: &Vm, bound: &[Option<Value>], sig: &Signature| {
                    let this = bound.first().and_then(Option::clone).unwrap_or(Value::None);
                    $(let $arg = sig.arg::<$arg>(vm, bound, $index + 1)?;)*
                    let r = with_value::<T, R>(vm, &this, &method, |value| Ok(self(value, $($arg),*)))?;
                    sig.finish(vm, r)
                };
                Function::from_body(name, $arg_count + 1, Rc::new(body))
            }
        }
    )*};
}

host_method_arities! {
    0 => ();
    1 => (A 0);
    2 => (A 0, B 1);
    3 => (A 0, B 1, C 2);
    4 => (A 0, B 1, C 2, D 3);
    5 => (A 0, B 1, C 2, D 3, E 4);
    6 => (A 0, B 1, C 2, D 3, E 4, G 5);
    7 => (A 0, B 1, C 2, D 3, E 4, G 5, H 6);
}

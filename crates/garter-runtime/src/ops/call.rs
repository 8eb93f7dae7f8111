//! Calling: `vm.call(callable, args)` for every kind of callable, and
//! calling a class (`type.__call__`: `__new__`, then `__init__`).

use smallvec::SmallVec;

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::Vm;

impl Vm {
    /// `callable(*args)`.
    pub fn call(&self, callable: &Value, args: Args) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            return Err(self.not_callable(callable));
        };
        match &o.payload {
            Payload::Builtin(b) => (b.func)(self, args),
            Payload::HostFunction(h) => (h.func)(self, args),
            Payload::Function(_) => {
                let _guard = self.enter("")?;
                self.evaluator()?.call_function(self, o, args)
            }
            Payload::BoundMethod(m) => self.call_prepended(&m.func, &m.receiver, args),
            Payload::Type(_) if o.class.get().is_none() || self.is_metaclass_call_default(o) => {
                self.call_type(o, args)
            }
            _ => {
                let f = self
                    .class_of(callable)
                    .as_type()
                    .and_then(|t| t.dunder(Dunder::Call));
                match f {
                    Some(f) if !f.is_none() => {
                        let _guard = self.enter(" while calling a Python object")?;
                        self.call_special(&f, callable, args)
                    }
                    _ => Err(self.not_callable(callable)),
                }
            }
        }
    }

    /// Whether calling this type object goes straight to `type.__call__`.
    fn is_metaclass_call_default(&self, o: &ObjRef) -> bool {
        let cls = self.class_of_obj(o);
        match cls.as_type().and_then(|t| t.dunder(Dunder::Call)) {
            Some(f) => {
                matches!(f.payload(), Some(Payload::Builtin(b)) if b.name == "__call__" && b.owner.as_deref() == Some("type"))
            }
            None => true,
        }
    }

    fn class_of_obj<'a>(&'a self, o: &'a ObjRef) -> &'a ObjRef {
        o.class.get().unwrap_or(&self.types.type_)
    }

    /// Calls `func(first, *args)`.
    pub fn call_prepended(&self, func: &Value, first: &Value, args: Args) -> PyResult<Value> {
        let kwnames = args.kwnames;
        match args.values {
            [] => {
                return self.call(
                    func,
                    Args {
                        values: std::slice::from_ref(first),
                        kwnames,
                    },
                )
            }
            [a] => {
                let values = [first.clone(), a.clone()];
                return self.call(
                    func,
                    Args {
                        values: &values,
                        kwnames,
                    },
                );
            }
            [a, b] => {
                let values = [first.clone(), a.clone(), b.clone()];
                return self.call(
                    func,
                    Args {
                        values: &values,
                        kwnames,
                    },
                );
            }
            _ => {}
        }
        let mut values: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.values.len() + 1);
        values.push(first.clone());
        values.extend(args.values.iter().cloned());
        self.call(
            func,
            Args {
                values: &values,
                kwnames: args.kwnames,
            },
        )
    }

    /// Calls a class: `cls.__new__(cls, ...)`, then the result's own
    /// class's `__init__` when the result is an instance of `cls`.
    pub fn call_type(&self, cls: &ObjRef, args: Args) -> PyResult<Value> {
        let Some(t) = cls.as_type() else {
            return Err(self.not_callable(&Value::Obj(cls.clone())));
        };
        let clsv = Value::Obj(cls.clone());
        if std::rc::Rc::ptr_eq(cls, &self.types.type_)
            && args.values.len() == 1
            && args.kwnames.is_empty()
        {
            return Ok(Value::Obj(self.class_of(&args.values[0]).clone()));
        }
        if let Some(init) = self.plain_init(cls) {
            let obj = self.new_object(cls.clone(), Payload::Plain);
            let r = self.call_prepended(&init, &obj, args)?;
            self.check_init_result(&r)?;
            return Ok(obj);
        }
        let new = t.dunder(Dunder::New);
        let obj = match new {
            Some(f) => {
                let f = match f.payload() {
                    Some(Payload::StaticMethod(inner)) => inner.borrow().clone(),
                    _ => f,
                };
                self.call_prepended(&f, &clsv, args)?
            }
            None => return Err(self.type_error(format!("cannot create '{}' instances", t.name()))),
        };
        if !self.is_instance_of(&obj, cls) {
            return Ok(obj);
        }
        let init = self
            .class_of(&obj)
            .as_type()
            .and_then(|t| t.dunder(Dunder::Init));
        if let Some(init) = init {
            let r = self.call_prepended(&init, &obj, args)?;
            self.check_init_result(&r)?;
        }
        Ok(obj)
    }

    /// The Python `__init__` of a class whose instances are made the
    /// plain way: `object.__new__`, a plain object layout, no abstract
    /// methods left. Calling such a class is a new plain object plus that
    /// `__init__` (see [`Vm::check_init_result`]).
    pub fn plain_init(&self, cls: &ObjRef) -> Option<Value> {
        let t = cls.as_type()?;
        if t.layout != crate::types::type_object::Layout::Object
            || !t.abstract_methods.borrow().is_empty()
        {
            return None;
        }
        let plain_new = matches!(t.dunder(Dunder::New).as_ref().and_then(Value::payload),
            Some(Payload::Builtin(b)) if b.name == "__new__" && b.owner.as_deref() == Some("object"));
        let init = t.dunder(Dunder::Init)?;
        (plain_new && matches!(init.payload(), Some(Payload::Function(_)))).then_some(init)
    }

    /// `__init__` must return None.
    pub fn check_init_result(&self, r: &Value) -> PyResult<()> {
        if r.is_none() {
            return Ok(());
        }
        Err(self.type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name_of(r)
        )))
    }

    /// Calls the special method `d` of `obj`'s class with `obj` first;
    /// `None` if the class has no such method.
    pub fn call_dunder(&self, obj: &Value, d: Dunder, rest: &[Value]) -> PyResult<Option<Value>> {
        let Some(f) = self.class_of(obj).as_type().and_then(|t| t.dunder(d)) else {
            return Ok(None);
        };
        self.call_special(&f, obj, Args::positional(rest)).map(Some)
    }

    /// Calls a special method found on `obj`'s class: functions get `obj`
    /// first; other attributes are bound through `__get__` first, as
    /// CPython's slot wrappers do (a callable instance stored as
    /// `__call__` is called without `obj`).
    pub fn call_special(&self, f: &Value, obj: &Value, args: Args) -> PyResult<Value> {
        match f.payload() {
            Some(Payload::Function(_)) => self.call_prepended(f, obj, args),
            Some(Payload::Builtin(b))
                if b.kind == crate::types::type_object::MethodKind::Method =>
            {
                self.call_prepended(f, obj, args)
            }
            _ if f.is_none() => Err(self.type_error("'NoneType' object is not callable".into())),
            _ => {
                let cls = self.class_of(obj).clone();
                let bound = self.descr_get(f.clone(), Some(obj), &cls)?;
                self.call(&bound, args)
            }
        }
    }

    /// `obj.name(*args)`.
    pub fn call_method(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let f = self.get_attr(obj, &self.intern(name))?;
        self.call(&f, Args::positional(args))
    }

    /// "'X' object is not callable".
    pub fn not_callable(&self, v: &Value) -> crate::error::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name_of(v)))
    }

    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v.payload() {
            Some(
                Payload::Builtin(_)
                | Payload::HostFunction(_)
                | Payload::Function(_)
                | Payload::BoundMethod(_)
                | Payload::Type(_),
            ) => true,
            _ => self
                .class_of(v)
                .as_type()
                .and_then(|t| t.dunder(Dunder::Call))
                .is_some_and(|f| !f.is_none()),
        }
    }
}

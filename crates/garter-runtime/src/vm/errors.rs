//! Constructors for the exceptions the runtime raises itself.

use crate::error::PyErr;
use crate::object::Payload;
use crate::types::exception::ExceptionData;
use crate::value::{ObjRef, Value};
use crate::Vm;

impl Vm {
    /// An exception of class `cls` with `args`, not yet raised.
    pub fn new_exception(&self, cls: &ObjRef, args: Vec<Value>) -> PyErr {
        let args = self.new_tuple(args);
        match self.new_object(
            cls.clone(),
            Payload::Exception(Box::new(ExceptionData::new(args))),
        ) {
            Value::Obj(o) => PyErr::new(o),
            _ => PyErr::new(cls.clone()),
        }
    }

    /// An exception of class `cls` whose one argument is `msg`.
    pub fn new_error(&self, cls: &ObjRef, msg: String) -> PyErr {
        let msg = self.new_str(msg);
        self.new_exception(cls, vec![msg])
    }

    pub fn type_error(&self, msg: String) -> PyErr {
        self.new_error(&self.exc.type_error, msg)
    }

    pub fn value_error(&self, msg: String) -> PyErr {
        self.new_error(&self.exc.value_error, msg)
    }

    pub fn index_error(&self, msg: String) -> PyErr {
        self.new_error(&self.exc.index_error, msg)
    }

    /// KeyError whose argument is the missing key.
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(&self.exc.key_error, vec![key])
    }

    pub fn attribute_error(&self, msg: String) -> PyErr {
        self.new_error(&self.exc.attribute_error, msg)
    }

    pub fn name_error(&self, msg: String) -> PyErr {
        self.new_error(&self.exc.name_error, msg)
    }

    pub fn zero_division_error(&self, msg: String) -> PyErr {
        self.new_error(&self.exc.zero_division_error, msg)
    }

    pub fn overflow_error(&self, msg: String) -> PyErr {
        self.new_error(&self.exc.overflow_error, msg)
    }

    pub fn runtime_error(&self, msg: String) -> PyErr {
        self.new_error(&self.exc.runtime_error, msg)
    }

    pub fn recursion_error(&self, msg: String) -> PyErr {
        self.new_error(&self.exc.recursion_error, msg)
    }

    pub fn os_error(&self, msg: String) -> PyErr {
        self.new_error(&self.exc.os_error, msg)
    }

    pub fn memory_error(&self) -> PyErr {
        self.new_exception(&self.exc.memory_error, Vec::new())
    }

    /// StopIteration carrying a generator's return value.
    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        self.new_exception(&self.exc.stop_iteration, value.into_iter().collect())
    }

    /// "'C' object has no attribute 'x'", with the error's `name` and
    /// `obj` set (they feed "Did you mean" in tracebacks).
    pub fn no_attribute(&self, obj: &Value, name: &Value) -> PyErr {
        let err = self.no_attribute_message(obj, name);
        let dict = err.exc.instance_dict();
        if let Some(data) = dict.as_ref().and_then(crate::types::dict::obj_dict_table) {
            let mut d = data.borrow_mut();
            d.set_str(self.intern("name"), name.clone());
            d.set_str(self.intern("obj"), obj.clone());
        }
        err
    }

    fn no_attribute_message(&self, obj: &Value, name: &Value) -> PyErr {
        let attr = name.as_str().map_or("?", |s| s.as_str());
        if let Some(t) = obj.as_obj().and_then(|o| o.as_type()) {
            return self.attribute_error(format!(
                "type object '{}' has no attribute '{attr}'",
                t.name()
            ));
        }
        if let Some(Payload::Module(m)) = obj.payload() {
            return self.attribute_error(format!("module '{}' has no attribute '{attr}'", m.name));
        }
        self.attribute_error(format!(
            "'{}' object has no attribute '{attr}'",
            self.type_name_of(obj)
        ))
    }

    /// Whether a raised exception is an instance of `cls`.
    pub fn err_matches(&self, err: &PyErr, cls: &ObjRef) -> bool {
        self.is_instance_of(&err.value(), cls)
    }
}

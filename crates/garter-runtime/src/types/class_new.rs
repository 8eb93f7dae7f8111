//! Making a class: `type(name, bases, namespace)`, as a class statement
//! does. Computes the C3 MRO, the instance layout and `__slots__`, fills
//! the namespace, then runs `__set_name__` and `__init_subclass__`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::object::{Object, Payload};
use crate::types::dict::{obj_dict_table, DictTable};
use crate::types::type_object::{
    full_mro, refresh_dunders, type_name, GetSetDef, Layout, TypeData,
};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// C3 linearisation of `bases`; the error names the bases when none exists.
pub fn c3_mro(vm: &Vm, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(full_mro).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(head) = candidate else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = type_name(&s[0]);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// The layout instances of a class with these bases carry.
fn solid_layout(vm: &Vm, bases: &[ObjRef]) -> PyResult<Layout> {
    let mut layout = Layout::Object;
    let mut solid: Option<&ObjRef> = None;
    for b in bases {
        let Some(t) = b.as_type() else { continue };
        if !t.basetype {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                t.name()
            )));
        }
        if t.layout == Layout::Object {
            continue;
        }
        match solid {
            None => {
                solid = Some(b);
                layout = t.layout;
            }
            Some(s) => {
                let compatible = crate::types::type_object::is_subtype(b, s)
                    || crate::types::type_object::is_subtype(s, b)
                    || t.layout == layout;
                if !compatible {
                    return Err(
                        vm.type_error("multiple bases have instance lay-out conflict".into())
                    );
                }
                if crate::types::type_object::is_subtype(b, s) {
                    solid = Some(b);
                }
            }
        }
    }
    Ok(layout)
}

/// The names a `__slots__` value lists.
fn slot_names(vm: &Vm, slots: &Value) -> PyResult<Vec<String>> {
    let items = if slots.as_str().is_some() {
        vec![slots.clone()]
    } else {
        vm.collect(slots)?
    };
    items
        .iter()
        .map(|v| match v.as_str() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name_of(v)
            ))),
        })
        .collect()
}

/// `type(name, bases, ns)` with metaclass `meta`; `kwargs` go to
/// `__init_subclass__`.
pub fn new_class(
    vm: &Vm,
    meta: &ObjRef,
    name: &str,
    bases: Vec<ObjRef>,
    ns: &ObjRef,
    kwargs: Args,
) -> PyResult<Value> {
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|earlier| Rc::ptr_eq(earlier, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", type_name(b))));
        }
    }
    let layout = solid_layout(vm, &bases)?;
    let mro_rest = c3_mro(vm, &bases)?;
    let ns_table =
        obj_dict_table(ns).ok_or_else(|| vm.type_error("type() argument 3 must be dict".into()))?;
    let mut dict = ns_table.borrow().clone();
    let slots_name = vm.intern("__slots__");
    let inherited_slots: usize = bases
        .iter()
        .filter_map(|b| b.as_type())
        .map(|t| t.slot_count)
        .max()
        .unwrap_or(0);
    let bases_have_dict = bases
        .iter()
        .filter_map(|b| b.as_type())
        .any(|t| t.instance_dict);
    let weakref_name = vm.intern("__weakref__");
    let bases_have_weakref = bases
        .iter()
        .any(|b| crate::types::type_object::mro_lookup(b, &weakref_name).is_some());
    let (instance_dict, new_slots, wants_weakref) = match dict.get_str(&slots_name) {
        Some(slots) => {
            let names = slot_names(vm, &slots)?;
            if names.iter().any(|n| !crate::text::classes::isidentifier(n)) {
                return Err(vm.type_error("__slots__ must be identifiers".into()));
            }
            let wants_dict = names.iter().any(|n| n == "__dict__");
            let wants_weakref = names.iter().any(|n| n == "__weakref__");
            let names: Vec<String> = names
                .into_iter()
                .filter(|n| n != "__dict__" && n != "__weakref__")
                .map(|n| mangle(name, n))
                .collect();
            for n in &names {
                if dict.get_str(&vm.intern(n)).is_some() {
                    return Err(
                        vm.value_error(format!("'{n}' in __slots__ conflicts with class variable"))
                    );
                }
            }
            if !names.is_empty() && matches!(layout, Layout::Int | Layout::Tuple) {
                let base = bases
                    .iter()
                    .find(|b| b.as_type().is_some_and(|t| t.layout == layout))
                    .map(type_name)
                    .unwrap_or_default();
                return Err(vm.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{base}'"
                )));
            }
            (wants_dict || bases_have_dict, names, wants_weakref)
        }
        None => (true, Vec::new(), true),
    };
    // Classes and modules already show their namespace as `__dict__`.
    let layout_has_dict = matches!(layout, Layout::Type | Layout::Module);
    if instance_dict && !bases_have_dict && !layout_has_dict {
        add_getset(vm, &mut dict, name, &crate::types::object::DICT_GETSETS[0]);
    }
    if wants_weakref && !bases_have_weakref {
        add_getset(
            vm,
            &mut dict,
            name,
            &crate::types::object::WEAKREF_GETSETS[0],
        );
    }
    let qualname = match dict.del_str(&vm.intern("__qualname__")) {
        Some(q) => match q.as_str() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    vm.type_name_of(&q)
                )))
            }
        },
        None => name.to_string(),
    };
    let classcell = dict.del_str(&vm.intern("__classcell__"));
    let module_key = vm.intern("__module__");
    if dict.get_str(&module_key).is_none() {
        if let Some(module) = caller_module_name(vm) {
            dict.set_str(module_key, module);
        }
    }
    let eq_name = vm.intern("__eq__");
    let hash_name = vm.intern("__hash__");
    if dict.get_str(&eq_name).is_some() && dict.get_str(&hash_name).is_none() {
        dict.set_str(hash_name, Value::None);
    }
    if dict.get_str(&vm.intern("__doc__")).is_none() {
        dict.set_str(vm.intern("__doc__"), Value::None);
    }
    for implicit in ["__init_subclass__", "__class_getitem__"] {
        let key = vm.intern(implicit);
        if let Some(f @ Value::Obj(_)) = dict.get_str(&key) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let wrapped = vm.new_object(
                    vm.types.classmethod.clone(),
                    Payload::ClassMethod(RefCell::new(f)),
                );
                dict.set_str(key, wrapped);
            }
        }
    }
    let new_key = vm.intern("__new__");
    if let Some(f) = dict.get_str(&new_key) {
        if matches!(f.payload(), Some(Payload::Function(_))) {
            let wrapped = vm.new_object(
                vm.types.staticmethod.clone(),
                Payload::StaticMethod(RefCell::new(f)),
            );
            dict.set_str(new_key, wrapped);
        }
    }
    for (i, n) in new_slots.iter().enumerate() {
        let member = vm.new_object(
            vm.types.member_descriptor.clone(),
            Payload::Member {
                name: n.clone(),
                owner: name.to_string(),
                index: inherited_slots + i,
            },
        );
        dict.set_str(vm.intern(n), member);
    }
    let cls = Rc::new(Object {
        class: crate::object::ClassSlot::new(Some(meta.clone())),
        extra: None,
        payload: Payload::Type(Box::new(TypeData {
            qualname: RefCell::new(qualname.into()),
            heap: true,
            instance_dict,
            slot_count: inherited_slots + new_slots.len(),
            ..TypeData::new(name.to_string(), bases.clone(), mro_rest, dict, layout)
        })),
    });
    for b in &bases {
        if let Some(t) = b.as_type() {
            t.subclasses.borrow_mut().push(Rc::downgrade(&cls));
        }
    }
    refresh_dunders(vm, &cls);
    let clsv = Value::Obj(cls.clone());
    if let Some(Payload::Cell(c)) = classcell.as_ref().and_then(Value::payload) {
        *c.borrow_mut() = Some(clsv.clone());
    }
    set_names(vm, &cls, &clsv)?;
    init_subclass(vm, &cls, kwargs)?;
    Ok(clsv)
}

/// A private name in `__slots__` as the class body would see it:
/// `__x` in class `C` is `_C__x`.
fn mangle(class_name: &str, n: String) -> String {
    if !n.starts_with("__") || n.ends_with("__") {
        return n;
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return n;
    }
    format!("_{stripped}{n}")
}

/// Puts a native attribute (`__dict__`, `__weakref__`) in a new class's
/// namespace.
fn add_getset(vm: &Vm, dict: &mut DictTable, owner: &str, def: &GetSetDef) {
    let descr = vm.new_object(
        vm.types.getset_descriptor.clone(),
        Payload::GetSet {
            name: def.name,
            owner: owner.to_string(),
            get: def.get,
            set: def.set,
        },
    );
    dict.set_str(vm.intern(def.name), descr);
}

/// Calls `__set_name__(cls, name)` on namespace values that define it.
fn set_names(vm: &Vm, cls: &ObjRef, clsv: &Value) -> PyResult<()> {
    let entries: Vec<(Value, Value)> = match cls.as_type() {
        Some(t) => t
            .namespace()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        None => return Ok(()),
    };
    for (k, v) in entries {
        if matches!(v, Value::Obj(_))
            && !matches!(v.payload(), Some(Payload::Function(_) | Payload::Str(_)))
        {
            let called = vm.call_dunder(
                &v,
                crate::dunder::Dunder::SetName,
                &[clsv.clone(), k.clone()],
            );
            if let Err(err) = called {
                return Err(set_name_failed(vm, cls, &v, &k, err));
            }
        }
    }
    Ok(())
}

/// CPython 3.11's RuntimeError for a failing `__set_name__`, with the
/// original error as its cause.
fn set_name_failed(vm: &Vm, cls: &ObjRef, value: &Value, name: &Value, err: PyErr) -> PyErr {
    let name_repr = match vm.repr_string(name) {
        Ok(r) => r,
        Err(e) => return e,
    };
    let wrapped = vm.runtime_error(format!(
        "Error calling __set_name__ on '{}' instance {} in '{}'",
        vm.type_name_of(value),
        name_repr,
        crate::types::type_object::type_name(cls)
    ));
    if let Some(data) = crate::types::exception::exception_data(&wrapped.value()) {
        *data.context.borrow_mut() = err.value();
        *data.cause.borrow_mut() = err.value();
        data.suppress_context.set(true);
    }
    wrapped
}

/// `super(cls, cls).__init_subclass__(**kwargs)`.
fn init_subclass(vm: &Vm, cls: &ObjRef, kwargs: Args) -> PyResult<()> {
    let name = vm.intern("__init_subclass__");
    let rest = cls
        .as_type()
        .map(|t| t.mro_rest.borrow().clone())
        .unwrap_or_default();
    for base in rest {
        let found = base.as_type().and_then(|t| t.namespace().get_str(&name));
        if let Some(f) = found {
            let bound = vm.descr_get(f, None, cls)?;
            vm.call(&bound, kwargs)?;
            return Ok(());
        }
    }
    Ok(())
}

/// `__name__` of the running code's globals, which `type(name, bases,
/// ns)` records as the new class's `__module__`.
fn caller_module_name(vm: &Vm) -> Option<Value> {
    let globals = vm.evaluator().ok()?.globals(vm).ok()?;
    let table = obj_dict_table(globals.as_obj()?)?;
    let name = table.borrow().get_str(&vm.intern("__name__"));
    name
}

/// A fresh namespace dict, as `type.__prepare__` returns.
pub fn new_namespace(vm: &Vm) -> Value {
    vm.new_dict(DictTable::new())
}

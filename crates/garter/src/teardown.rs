//! Taking an interpreter's objects apart when it is dropped.
//!
//! Objects are reference counted, and Python data is full of cycles (a
//! module's functions refer to the module's namespace, which holds them;
//! `sys.modules` holds `sys`). Without a cycle collector, a dropped
//! interpreter would leave all of it allocated. So dropping an
//! [`Interpreter`](crate::Interpreter) walks everything reachable from its
//! modules, builtins and exception state and empties every mutable
//! container on the way (dicts, lists, sets, cells, class namespaces,
//! function attributes, exception fields): every cycle goes through one,
//! so the objects are then freed by their counts.
//!
//! Values the host still holds stay valid but may be found emptied.
//! Builtin types are not entered (see `empty`).
//! Opaque data is not entered (a generator's frame, a host closure, the
//! evaluator's caches), so a cycle passing only through such data stays.

use std::rc::Rc;

use garter_runtime::object::Payload;
use garter_runtime::types::iterators::BuiltinIterator;
use garter_runtime::{ObjRef, Value, Vm};

/// Empties every mutable container reachable from the interpreter's roots.
pub(crate) fn take_apart(vm: &Vm, globals: &ObjRef) {
    let mut roots: Vec<Value> = vec![
        Value::Obj(vm.modules.clone()),
        Value::Obj(vm.builtins.clone()),
        Value::Obj(globals.clone()),
    ];
    if let Ok(mut handling) = vm.handling.try_borrow_mut() {
        roots.append(&mut handling);
    }
    if let Ok(mut classes) = vm.host_classes.try_borrow_mut() {
        roots.extend(classes.drain(..).map(|(_, c)| Value::Obj(c)));
    }
    // A fresh interpreter holds about 500 objects to visit.
    let mut seen: hashbrown::HashSet<usize> = hashbrown::HashSet::with_capacity(1024);
    let mut pending: Vec<ObjRef> = roots
        .into_iter()
        .filter_map(|v| match v {
            Value::Obj(o) => Some(o),
            _ => None,
        })
        .collect();
    while let Some(object) = pending.pop() {
        if !seen.insert(Rc::as_ptr(&object) as *const u8 as usize) {
            continue;
        }
        let mut children = Vec::new();
        empty(&object, &mut children);
        pending.extend(children.into_iter().filter_map(|v| match v {
            Value::Obj(o) if may_hold_references(&o) => Some(o),
            _ => None,
        }));
    }
}

/// Whether emptying `object` could break a cycle: false for instances
/// of builtin classes whose data holds no Python references (strs,
/// numbers, bytes, builtin functions) and for builtin types, which make
/// up most of what a fresh interpreter holds.
fn may_hold_references(object: &ObjRef) -> bool {
    if object.dict().is_some() || !object.slot_values().is_empty() {
        return true;
    }
    if object
        .class
        .get()
        .is_some_and(|c| c.as_type().is_some_and(|t| t.heap))
    {
        return true;
    }
    match &object.payload {
        Payload::Str(_)
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex { .. }
        | Payload::Bytes(_)
        | Payload::Builtin(_)
        | Payload::NotImplemented
        | Payload::Ellipsis => false,
        Payload::Type(t) => t.heap,
        _ => true,
    }
}

/// Moves the contents of `object`'s mutable parts into `out`, and copies
/// the references its immutable parts hold there too. Builtin and host
/// types are left alone: scripts cannot change their namespaces, so no
/// cycle runs through them.
fn empty(object: &ObjRef, out: &mut Vec<Value>) {
    if object.as_type().is_some_and(|t| !t.heap) {
        return;
    }
    if let Some(class) = object.class.get() {
        out.push(Value::Obj(class.clone()));
    }
    if let Some(dict) = object.dict() {
        out.push(Value::Obj(dict.get()));
    }
    for slot in object.slot_values().iter() {
        if let Ok(mut slot) = slot.try_borrow_mut() {
            out.extend(slot.take());
        }
    }
    match &object.payload {
        Payload::List(items) => take_vec(items, out),
        Payload::Tuple(items) => out.extend(items.iter().cloned()),
        Payload::Dict(table) => {
            if let Ok(mut table) = table.try_borrow_mut() {
                out.extend(std::mem::take(&mut *table).into_values());
            }
        }
        Payload::Set(set) => {
            if let Ok(mut table) = set.table.try_borrow_mut() {
                let old = std::mem::take(&mut *table);
                out.extend(old.iter().map(|(_, v)| v.clone()));
            }
        }
        Payload::Type(t) => {
            out.extend(t.take_namespace());
            if let Ok(mut dunders) = t.dunders.try_borrow_mut() {
                out.extend(
                    std::mem::take(&mut *dunders)
                        .into_vec()
                        .into_iter()
                        .flatten(),
                );
            }
            if let Ok(mut cache) = t.attr_cache.try_borrow_mut() {
                for (_, (a, b)) in cache.drain() {
                    out.push(a);
                    out.extend(b);
                }
            }
            take_objects(&t.bases, out);
            take_objects(&t.mro_rest, out);
        }
        Payload::Module(m) => out.push(Value::Obj(m.dict.clone())),
        Payload::Function(f) => {
            out.push(Value::Obj(f.globals.clone()));
            out.extend(f.closure.iter().map(|c| Value::Obj(c.clone())));
            for field in [
                &f.name,
                &f.qualname,
                &f.defaults,
                &f.kwdefaults,
                &f.doc,
                &f.module,
                &f.annotations,
            ] {
                take_value(field, out);
            }
        }
        Payload::BoundMethod(m) => {
            out.push(m.receiver.clone());
            out.push(m.func.clone());
        }
        Payload::Property(p) => {
            for field in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
                take_value(field, out);
            }
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => take_value(f, out),
        Payload::Super(s) => {
            out.push(Value::Obj(s.this_class.clone()));
            out.push(s.obj.clone());
            out.extend(s.obj_type.iter().map(|t| Value::Obj(t.clone())));
        }
        Payload::Cell(cell) => {
            if let Ok(mut cell) = cell.try_borrow_mut() {
                out.extend(cell.take());
            }
        }
        Payload::Exception(e) => {
            for field in [&e.args, &e.cause, &e.context] {
                take_value(field, out);
            }
            if let Ok(mut traceback) = e.traceback.try_borrow_mut() {
                for entry in traceback.drain(..) {
                    out.extend(entry.globals.map(Value::Obj));
                }
            }
            if let Ok(mut fields) = e.fields.try_borrow_mut() {
                out.extend(fields.drain(..).map(|(_, v)| v));
            }
            if let Ok(mut tb) = e.traceback_object.try_borrow_mut() {
                out.extend(tb.take().map(|(_, v)| v));
            }
        }
        Payload::Iterator(it) => {
            if let Ok(mut it) = it.try_borrow_mut() {
                *it = BuiltinIterator::Range {
                    next: 0,
                    step: 1,
                    remaining: 0,
                };
            }
        }
        Payload::DictView { dict, .. } => out.push(dict.clone()),
        Payload::MappingProxy(o) => out.push(Value::Obj(o.clone())),
        _ => {}
    }
}

fn take_vec(items: &std::cell::RefCell<Vec<Value>>, out: &mut Vec<Value>) {
    if let Ok(mut items) = items.try_borrow_mut() {
        out.append(&mut items);
    }
}

fn take_objects(items: &std::cell::RefCell<Vec<ObjRef>>, out: &mut Vec<Value>) {
    if let Ok(mut items) = items.try_borrow_mut() {
        out.extend(items.drain(..).map(Value::Obj));
    }
}

fn take_value(field: &std::cell::RefCell<Value>, out: &mut Vec<Value>) {
    if let Ok(mut v) = field.try_borrow_mut() {
        out.push(std::mem::replace(&mut *v, Value::None));
    }
}

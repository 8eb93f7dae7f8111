//! Class statements (metaclass, namespace, body, `__class__` cell) and
//! running comprehensions in their own scope.

use std::rc::Rc;

use garter_runtime::object::Payload;
use garter_runtime::types::dict::{obj_dict_table, DictTable};
use garter_runtime::types::type_object::is_subtype;
use garter_runtime::{Args, ObjRef, PyResult, Value, Vm};

use super::call::new_cell;
use super::frame::Frame;
use super::Interp;
use crate::ir::{ClassDef, Code, CodeKind, CompKind, KwArg};

impl Interp {
    pub(crate) fn make_class(&self, vm: &Vm, f: &Frame, def: &Rc<ClassDef>) -> PyResult<Value> {
        let orig_bases = self.eval_elts(vm, f, &def.bases)?;
        let (bases, resolved) = resolve_mro_entries(vm, &orig_bases)?;
        let mut meta: Option<Value> = None;
        let mut kw_values = Vec::new();
        let mut kw_names = Vec::new();
        for k in &def.keywords {
            match k {
                KwArg::Named(name, e) => {
                    let v = self.eval(vm, f, e)?;
                    if name.as_str().is_some_and(|s| s.as_str() == "metaclass") {
                        meta = Some(v);
                    } else {
                        kw_values.push(v);
                        kw_names.push(name.clone());
                    }
                }
                KwArg::Spread(e) => {
                    let m = self.eval(vm, f, e)?;
                    if let Some(Payload::Dict(d)) = m.payload() {
                        for entry in d.borrow().iter() {
                            if entry
                                .key
                                .as_str()
                                .is_some_and(|s| s.as_str() == "metaclass")
                            {
                                meta = Some(entry.value.clone());
                            } else {
                                kw_values.push(entry.value.clone());
                                kw_names.push(entry.key.clone());
                            }
                        }
                    }
                }
            }
        }
        let orig_bases = resolved.then(|| vm.new_tuple(orig_bases));
        let meta = match meta {
            Some(m) => match m.as_obj().filter(|o| o.as_type().is_some()) {
                Some(mo) => Value::Obj(most_derived_meta(vm, mo.clone(), &bases)?),
                None => m,
            },
            None => {
                let first = bases.first().map(|b| vm.class_of(b).clone());
                let initial = first.unwrap_or_else(|| vm.types.type_.clone());
                Value::Obj(most_derived_meta(vm, initial, &bases)?)
            }
        };
        let bases_tuple = vm.new_tuple(bases);
        let name = def.name.clone();
        let ns = match vm.lookup_attr(&meta, &vm.intern("__prepare__"))? {
            Some(prepare) => {
                let mut values = vec![name.clone(), bases_tuple.clone()];
                values.extend(kw_values.iter().cloned());
                vm.call(
                    &prepare,
                    Args {
                        values: &values,
                        kwnames: &kw_names,
                    },
                )?
            }
            None => vm.new_dict(DictTable::new()),
        };
        let Some(ns_obj) = ns.as_obj().cloned() else {
            return Err(vm.type_error("__prepare__() must return a mapping".into()));
        };
        let module_key = vm.intern("__name__");
        let module = [&f.globals, &vm.builtins]
            .into_iter()
            .find_map(|ns| obj_dict_table(ns).and_then(|t| t.borrow().get_str(&module_key)))
            .unwrap_or(Value::None);
        vm.set_item(&ns, &vm.intern("__module__"), module)?;
        vm.set_item(&ns, &vm.intern("__qualname__"), def.body.qualname.clone())?;
        if let Some(doc) = &def.doc {
            vm.set_item(&ns, &vm.intern("__doc__"), doc.clone())?;
        }
        let mut cells: Vec<ObjRef> = def
            .body
            .cellvars
            .iter()
            .map(|_| new_cell(vm, None))
            .collect();
        cells.extend(
            def.closure
                .iter()
                .filter_map(|i| f.cells.get(*i as usize).cloned()),
        );
        let mut frame = Frame::new(
            def.body.clone(),
            f.globals.clone(),
            cells,
            self.new_frame_id(),
        );
        frame.ns = Some(ns_obj);
        self.run_frame(vm, &frame)?;
        if let Some(orig) = orig_bases {
            vm.set_item(&ns, &vm.intern("__orig_bases__"), orig)?;
        }
        if let Some(i) = def
            .body
            .cellvars
            .iter()
            .position(|c| c.as_str().is_some_and(|s| s.as_str() == "__class__"))
        {
            if let Some(cell) = frame.cells.get(i) {
                vm.set_item(&ns, &vm.intern("__classcell__"), Value::Obj(cell.clone()))?;
            }
        }
        let mut values = vec![name, bases_tuple, ns];
        values.extend(kw_values);
        vm.call(
            &meta,
            Args {
                values: &values,
                kwnames: &kw_names,
            },
        )
    }

    /// Runs a comprehension's code over the iterator `it`.
    pub(crate) fn run_comprehension(
        &self,
        vm: &Vm,
        f: &Frame,
        kind: CompKind,
        code: &Rc<Code>,
        it: Value,
        closure: &[u32],
    ) -> PyResult<Value> {
        let mut cells: Vec<ObjRef> = code.cellvars.iter().map(|_| new_cell(vm, None)).collect();
        cells.extend(
            closure
                .iter()
                .filter_map(|i| f.cells.get(*i as usize).cloned()),
        );
        let mut frame = Frame::new(code.clone(), f.globals.clone(), cells, self.new_frame_id());
        frame.locals.set(0, Some(it));
        if code.kind == CodeKind::Generator {
            return self.make_generator_named(vm, frame, code.name.clone(), code.qualname.clone());
        }
        let acc = match kind {
            CompKind::List => vm.new_list(Vec::new()),
            CompKind::Dict => vm.new_dict(DictTable::new()),
            _ => garter_runtime::types::set::new_set(vm, Vec::new())?,
        };
        frame.acc = Some(acc.clone());
        let _guard = vm.enter("")?;
        self.run_frame(vm, &frame)?;
        Ok(acc)
    }
}

/// PEP 560: each base that is not a class but has `__mro_entries__` is
/// replaced by the items of the tuple that method returns for the original
/// bases. Also says whether any base was replaced.
fn resolve_mro_entries(vm: &Vm, orig: &[Value]) -> PyResult<(Vec<Value>, bool)> {
    let mut bases = Vec::with_capacity(orig.len());
    let mut resolved = false;
    let mut orig_tuple: Option<Value> = None;
    for b in orig {
        if b.as_obj().and_then(|o| o.as_type()).is_some() {
            bases.push(b.clone());
            continue;
        }
        let Some(entries) = vm.lookup_attr(b, &vm.intern("__mro_entries__"))? else {
            bases.push(b.clone());
            continue;
        };
        let tuple = orig_tuple
            .get_or_insert_with(|| vm.new_tuple(orig.to_vec()))
            .clone();
        let new = vm.call(&entries, Args::positional(&[tuple]))?;
        match new.payload() {
            Some(Payload::Tuple(items)) => {
                bases.extend(items.iter().cloned());
            }
            _ => return Err(vm.type_error("__mro_entries__ must return a tuple".into())),
        }
        resolved = true;
    }
    Ok((bases, resolved))
}

/// The metaclass of a new class: the most derived of `meta` and the
/// bases' metaclasses.
fn most_derived_meta(vm: &Vm, meta: ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
    let mut winner = meta;
    for b in bases {
        let t = vm.class_of(b).clone();
        if is_subtype(&winner, &t) {
            continue;
        }
        if is_subtype(&t, &winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases".into(),
        ));
    }
    Ok(winner)
}

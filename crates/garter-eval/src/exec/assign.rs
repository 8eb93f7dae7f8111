//! Assignment, augmented assignment, `del`, and unpacking into targets.

use garter_runtime::dunder::BinOp;
use garter_runtime::object::Payload;
use garter_runtime::types::dict::obj_dict_table;
use garter_runtime::{PyResult, Value, Vm};

use super::expr::{fast_number_op, unbound_free, unbound_local};
use super::frame::Frame;
use super::namespace::{ns_del, ns_set};
use super::Interp;
use crate::ir::{Expr, GlobalCache, NameRef, Target};

impl Interp {
    /// `target = value`.
    pub(crate) fn assign(&self, vm: &Vm, f: &Frame, t: &Target, value: Value) -> PyResult<()> {
        match t {
            Target::Name(r, name, cache) => self.store_name(vm, f, r, name, cache, value),
            Target::Attr(obj, name, cache) => {
                let o = self.eval(vm, f, obj)?;
                match cache.store(&o, name, value) {
                    Ok(()) => Ok(()),
                    Err(value) => vm.set_attr(&o, name, value),
                }
            }
            Target::Subscript(obj, key) => {
                let o = self.eval(vm, f, obj)?;
                let k = self.eval(vm, f, key)?;
                store_item(vm, &o, &k, value)
            }
            Target::Unpack(targets, star) => self.unpack(vm, f, targets, *star, value),
        }
    }

    fn store_name(
        &self,
        vm: &Vm,
        f: &Frame,
        r: &NameRef,
        name: &Value,
        cache: &GlobalCache,
        value: Value,
    ) -> PyResult<()> {
        match r {
            NameRef::Local(i) => {
                let old = f.locals.set(*i as usize, Some(value));
                drop(old);
            }
            NameRef::Cell(i) | NameRef::ClassDeref(i) => {
                if let Some(Payload::Cell(c)) = f.cells.get(*i as usize).map(|c| &c.payload) {
                    let old = c.borrow_mut().replace(value);
                    drop(old);
                }
            }
            NameRef::Global => store_global(f, name, cache, value),
            NameRef::Name => match &f.ns {
                None => store_global(f, name, cache, value),
                Some(ns) => return ns_set(vm, ns, name, value),
            },
        }
        Ok(())
    }

    fn unpack(
        &self,
        vm: &Vm,
        f: &Frame,
        targets: &[Target],
        star: Option<usize>,
        value: Value,
    ) -> PyResult<()> {
        let items: Vec<Value> = match value.payload() {
            Some(Payload::Tuple(t))
                if value
                    .as_obj()
                    .is_some_and(garter_runtime::types::dict::is_builtin) =>
            {
                t.to_vec()
            }
            Some(Payload::List(l))
                if value
                    .as_obj()
                    .is_some_and(garter_runtime::types::dict::is_builtin) =>
            {
                l.borrow().clone()
            }
            _ => {
                let it = vm.iter(&value).map_err(|e| {
                    if vm.err_matches(&e, &vm.exc.type_error) && !vm.is_callable(&value) {
                        vm.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            vm.type_name_of(&value)
                        ))
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::new();
                let limit = if star.is_some() {
                    usize::MAX
                } else {
                    targets.len() + 1
                };
                while out.len() < limit {
                    match vm.next(&it)? {
                        Some(v) => out.push(v),
                        None => break,
                    }
                }
                out
            }
        };
        match star {
            None => {
                if items.len() < targets.len() {
                    return Err(vm.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        targets.len(),
                        items.len()
                    )));
                }
                if items.len() > targets.len() {
                    return Err(vm.value_error(format!(
                        "too many values to unpack (expected {})",
                        targets.len()
                    )));
                }
                for (t, v) in targets.iter().zip(items) {
                    self.assign(vm, f, t, v)?;
                }
                Ok(())
            }
            Some(s) => {
                let after = targets.len() - s - 1;
                if items.len() < targets.len() - 1 {
                    return Err(vm.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        targets.len() - 1,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(s);
                for (t, v) in targets[..s].iter().zip(items) {
                    self.assign(vm, f, t, v)?;
                }
                self.assign(vm, f, &targets[s], vm.new_list(middle))?;
                for (t, v) in targets[s + 1..].iter().zip(tail) {
                    self.assign(vm, f, t, v)?;
                }
                Ok(())
            }
        }
    }

    /// `target op= value`.
    pub(crate) fn aug_assign(
        &self,
        vm: &Vm,
        f: &Frame,
        t: &Target,
        op: BinOp,
        value: &Expr,
        span: garter_syntax::ast::Span,
    ) -> PyResult<()> {
        match t {
            Target::Name(NameRef::Local(i), name, _) => {
                let Some(current) = f.locals.get(*i as usize) else {
                    return Err(unbound_local(vm, name));
                };
                let rhs = self.eval(vm, f, value)?;
                // Numbers first: `current` then owns nothing to drop, and
                // the result goes straight into the slot.
                if let Some(result) = fast_number_op(&current, &rhs, op) {
                    f.locals.set(*i as usize, Some(result));
                    return Ok(());
                }
                let result = vm.inplace_op(&current, &rhs, op)?;
                drop(current);
                f.locals.set(*i as usize, Some(result));
                Ok(())
            }
            Target::Name(r, name, cache) => {
                let current = self.load_name(vm, f, r, name)?;
                let rhs = self.eval(vm, f, value)?;
                let result = vm.inplace_op(&current, &rhs, op)?;
                drop(current);
                self.store_name(vm, f, r, name, cache, result)
            }
            Target::Attr(obj, name, cache) => {
                let o = self.eval(vm, f, obj)?;
                let current = vm.get_attr(&o, name).map_err(|e| self.at(f, span, e))?;
                let rhs = self.eval(vm, f, value)?;
                let result = match fast_number_op(&current, &rhs, op) {
                    Some(v) => v,
                    None => vm.inplace_op(&current, &rhs, op)?,
                };
                drop(current);
                match cache.store(&o, name, result) {
                    Ok(()) => Ok(()),
                    Err(result) => vm.set_attr(&o, name, result),
                }
            }
            Target::Subscript(obj, key) => {
                let o = self.eval(vm, f, obj)?;
                let k = self.eval(vm, f, key)?;
                let current =
                    super::expr::subscript(vm, &o, &k).map_err(|e| self.at(f, span, e))?;
                let rhs = self.eval(vm, f, value)?;
                // As for locals: numbers go straight back into the item.
                if let Some(result) = fast_number_op(&current, &rhs, op) {
                    return store_item(vm, &o, &k, result);
                }
                let result = vm.inplace_op(&current, &rhs, op)?;
                drop(current);
                store_item(vm, &o, &k, result)
            }
            Target::Unpack(..) => Err(vm.new_error(
                &vm.exc.syntax_error,
                "'tuple' is an illegal expression for augmented assignment".into(),
            )),
        }
    }

    /// `del target`.
    pub(crate) fn delete_target(&self, vm: &Vm, f: &Frame, t: &Target) -> PyResult<()> {
        match t {
            Target::Name(r, name, _) => match r {
                NameRef::Local(i) => match f.locals.set(*i as usize, None) {
                    Some(_) => Ok(()),
                    None => Err(unbound_local(vm, name)),
                },
                NameRef::Cell(i) | NameRef::ClassDeref(i) => {
                    let old = match f.cells.get(*i as usize).map(|c| &c.payload) {
                        Some(Payload::Cell(c)) => c.borrow_mut().take(),
                        _ => None,
                    };
                    match old {
                        Some(_) => Ok(()),
                        None if (*i as usize) < f.code.cellvars.len() => {
                            Err(unbound_local(vm, name))
                        }
                        None => Err(unbound_free(vm, name)),
                    }
                }
                NameRef::Global | NameRef::Name => {
                    let ns = match r {
                        NameRef::Name => f.ns.as_ref().unwrap_or(&f.globals),
                        _ => &f.globals,
                    };
                    match ns_del(vm, ns, name)? {
                        true => Ok(()),
                        false => {
                            let n = name.as_str().map_or("?", |s| s.as_str());
                            Err(vm.name_error(format!("name '{n}' is not defined")))
                        }
                    }
                }
            },
            Target::Attr(obj, name, _) => {
                let o = self.eval(vm, f, obj)?;
                vm.del_attr(&o, name)
            }
            Target::Subscript(obj, key) => {
                let o = self.eval(vm, f, obj)?;
                let k = self.eval(vm, f, key)?;
                vm.del_item(&o, &k)
            }
            Target::Unpack(targets, _) => {
                for t in targets {
                    self.delete_target(vm, f, t)?;
                }
                Ok(())
            }
        }
    }
}

/// Binds a name in the module namespace, through the site's cache of
/// where the name's entry is (checked by key identity, so a stale
/// position only costs a lookup).
fn store_global(f: &Frame, name: &Value, cache: &GlobalCache, value: Value) {
    let Some(g) = obj_dict_table(&f.globals) else {
        return;
    };
    let gptr = std::rc::Rc::as_ptr(&f.globals) as usize;
    let c = cache.0.get();
    if c.valid && c.globals == gptr && !c.in_builtins {
        let old = g
            .borrow_mut()
            .replace_if_key_at(c.pos as usize, name, value);
        match old {
            Ok(old) => drop(old),
            Err(value) => store_global_slow(g, gptr, name, cache, value),
        }
        return;
    }
    store_global_slow(g, gptr, name, cache, value);
}

fn store_global_slow(
    g: &std::cell::RefCell<garter_runtime::types::dict::DictTable>,
    gptr: usize,
    name: &Value,
    cache: &GlobalCache,
    value: Value,
) {
    let old = g.borrow().get_str(name);
    let mut table = g.borrow_mut();
    table.set_str(name.clone(), value);
    if let Some(pos) = table.position_of_str(name) {
        cache.0.set(crate::ir::CachedGlobal {
            valid: true,
            globals: gptr,
            globals_version: table.version(),
            in_builtins: false,
            pos: pos as u32,
        });
    }
    drop(table);
    drop(old);
}

/// `obj[key] = value`, storing straight into an exact list for an int key.
#[inline(always)]
fn store_item(vm: &Vm, o: &Value, k: &Value, value: Value) -> PyResult<()> {
    if let (Some(Payload::List(l)), Value::Int(i)) = (o.payload(), k) {
        if o.as_obj()
            .is_some_and(garter_runtime::types::dict::is_builtin)
        {
            let mut items = l.borrow_mut();
            let len = items.len() as i64;
            let idx = if *i < 0 { i + len } else { *i };
            if let Some(slot) = usize::try_from(idx).ok().and_then(|x| items.get_mut(x)) {
                let old = std::mem::replace(slot, value);
                drop(items);
                drop(old);
                return Ok(());
            }
        }
    }
    vm.set_item(o, k, value)
}

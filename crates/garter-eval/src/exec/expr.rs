//! Evaluating expressions.

use garter_runtime::dunder::{BinOp, CompareOp, Dunder};
use garter_runtime::object::Payload;
use garter_runtime::types::dict::{obj_dict_table, set_item, DictTable};
use garter_runtime::{PyErr, PyResult, Value, Vm};

use super::frame::Frame;
use super::{cell_value, Interp};
use crate::ir::{CmpKind, CompKind, DictItem, Elt, Expr, ExprKind, NameRef, UnaryKind};

impl Interp {
    /// Evaluates an expression. An error is tagged with the innermost
    /// failing expression's position in this frame (for tracebacks): each
    /// kind tags the errors it raises itself, and passes its operands'
    /// errors on as they come.
    ///
    /// Constants and bound locals are read right here, at every call site;
    /// everything else goes through the dispatcher, `eval_node`.
    #[inline(always)]
    pub(crate) fn eval(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Local(i, _) => match f.locals.get(*i as usize) {
                Some(v) => Ok(v),
                None => self.eval_node(vm, f, e),
            },
            ExprKind::Const(v) => Ok(v.clone()),
            _ => self.eval_node(vm, f, e),
        }
    }

    /// The dispatcher: each hot kind runs in a function of its own, given
    /// only the expression so that the call is a jump; the rest run in
    /// `eval_cold`.
    #[inline(never)]
    fn eval_node(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Const(v) => Ok(v.clone()),
            ExprKind::Local(i, name) => match f.locals.get(*i as usize) {
                Some(v) => Ok(v),
                None => Err(self.unbound_local_at(vm, f, e, name)),
            },
            ExprKind::Global(..) => self.eval_global(vm, f, e),
            ExprKind::BinOp(..) => self.eval_binop(vm, f, e),
            ExprKind::Attr(..) => self.eval_attr(vm, f, e),
            ExprKind::Subscript(..) => self.eval_subscript(vm, f, e),
            ExprKind::Compare(_, rest) if rest.len() == 1 => self.eval_compare(vm, f, e),
            ExprKind::Call { .. } => self.eval_call(vm, f, e),
            ExprKind::MethodCall { .. } => self.eval_method_call(vm, f, e),
            _ => self.eval_cold(vm, f, e),
        }
    }

    #[cold]
    #[inline(never)]
    fn unbound_local_at(&self, vm: &Vm, f: &Frame, e: &Expr, name: &Value) -> PyErr {
        self.at(f, e.span, unbound_local(vm, name))
    }

    #[inline(never)]
    fn eval_global(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Global(name, cache) = &e.kind else {
            return self.eval_cold(vm, f, e);
        };
        self.load_global_cached(vm, f, name, cache)
            .map_err(|err| self.at(f, e.span, err))
    }

    #[inline(never)]
    fn eval_binop(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::BinOp(op, l, r) = &e.kind else {
            return self.eval_cold(vm, f, e);
        };
        let op = *op;
        let a = self.eval(vm, f, l)?;
        let b = self.eval(vm, f, r)?;
        if let Some(v) = fast_number_op(&a, &b, op) {
            return Ok(v);
        }
        vm.binary_op(&a, &b, op)
            .map_err(|err| self.at(f, e.span, err))
    }

    #[inline(never)]
    fn eval_attr(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Attr(obj, name, cache) = &e.kind else {
            return self.eval_cold(vm, f, e);
        };
        let o = self.eval(vm, f, obj)?;
        if let Some(v) = cache.load(&o, name) {
            return Ok(v);
        }
        vm.get_attr(&o, name).map_err(|err| self.at(f, e.span, err))
    }

    #[inline(never)]
    fn eval_subscript(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Subscript(obj, key) = &e.kind else {
            return self.eval_cold(vm, f, e);
        };
        let o = self.eval(vm, f, obj)?;
        let k = self.eval(vm, f, key)?;
        subscript(vm, &o, &k).map_err(|err| self.at(f, e.span, err))
    }

    #[inline(never)]
    fn eval_compare(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Compare(left, rest) = &e.kind else {
            return self.eval_cold(vm, f, e);
        };
        let Some((op, right)) = rest.first() else {
            return self.eval_cold(vm, f, e);
        };
        let a = self.eval(vm, f, left)?;
        let b = self.eval(vm, f, right)?;
        if let CmpKind::Rich(op) = op {
            if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                return Ok(Value::Bool(compare_ints(*x, *y, *op)));
            }
            if let Some(r) = garter_runtime::ops::arith::compare_numbers(&a, &b, *op) {
                return Ok(Value::Bool(r));
            }
        }
        compare(vm, &a, &b, *op).map_err(|err| self.at(f, e.span, err))
    }

    /// The truth of a condition (`if`, `while`, conditional expressions).
    /// A single comparison of two machine numbers is decided here, without
    /// the dispatcher or a bool value in between; anything else is
    /// evaluated and tested as usual (errors are tagged as `eval` does).
    #[inline(always)]
    pub(crate) fn eval_test(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<bool> {
        if let ExprKind::Compare(left, rest) = &e.kind {
            if let [(CmpKind::Rich(op), right)] = rest.as_slice() {
                let a = self.eval(vm, f, left)?;
                let b = self.eval(vm, f, right)?;
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    return Ok(compare_ints(*x, *y, *op));
                }
                if let Some(r) = garter_runtime::ops::arith::compare_numbers(&a, &b, *op) {
                    return Ok(r);
                }
                let r = compare(vm, &a, &b, CmpKind::Rich(*op))
                    .map_err(|err| self.at(f, e.span, err))?;
                return truthy_fast(vm, &r);
            }
        }
        let t = self.eval(vm, f, e)?;
        truthy_fast(vm, &t)
    }

    #[inline(never)]
    fn eval_call(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Call { func, args, kwargs } = &e.kind else {
            return self.eval_cold(vm, f, e);
        };
        // A global callee (`fib(n - 1)`) is read through its cache right
        // here rather than through the dispatcher; errors are tagged with
        // the name's position, as `eval_global` does.
        let callee = match &func.kind {
            ExprKind::Global(name, cache) => self
                .load_global_cached(vm, f, name, cache)
                .map_err(|err| self.at(f, func.span, err))?,
            _ => self.eval(vm, f, func)?,
        };
        let mut result = self.call_with(vm, f, &callee, None, args, kwargs);
        if let Err(err) = &mut result {
            self.tag_error(f, e.span, err);
        }
        result
    }

    /// Tags an error in place with a position in `f` (see [`Interp::at`]),
    /// leaving a successful result where it was written.
    #[cold]
    #[inline(never)]
    fn tag_error(&self, f: &Frame, span: garter_syntax::ast::Span, err: &mut PyErr) {
        *err = self.at(f, span, err.clone());
    }

    #[inline(never)]
    fn eval_method_call(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::MethodCall {
            obj,
            name,
            attr_span,
            args,
            kwargs,
            cache,
        } = &e.kind
        else {
            return self.eval_cold(vm, f, e);
        };
        let receiver = self.eval(vm, f, obj)?;
        if let Some((callee, with_receiver)) = cache.method(&receiver, name) {
            let receiver = with_receiver.then_some(receiver);
            return self
                .call_with(vm, f, &callee, receiver, args, kwargs)
                .map_err(|err| self.at(f, e.span, err));
        }
        let method = self
            .lookup_method(vm, &receiver, name)
            .map_err(|err| self.at(f, e.span, err))?;
        let result = match method {
            Some(method) => self.call_with(vm, f, &method, Some(receiver), args, kwargs),
            None => {
                let bound = vm
                    .get_attr(&receiver, name)
                    .map_err(|err| self.at(f, *attr_span, err))?;
                self.call_with(vm, f, &bound, None, args, kwargs)
            }
        };
        result.map_err(|err| self.at(f, e.span, err))
    }

    /// Every other kind of expression, out of line; errors are tagged
    /// with the expression's position here.
    #[inline(never)]
    fn eval_cold(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        self.eval_cold_kind(vm, f, e)
            .map_err(|err| self.at(f, e.span, err))
    }

    fn eval_cold_kind(&self, vm: &Vm, f: &Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Name(r, name) => self.load_name(vm, f, r, name),
            ExprKind::Unary(k, operand) => {
                let v = self.eval(vm, f, operand)?;
                match k {
                    UnaryKind::Not => Ok(Value::Bool(!vm.truthy(&v)?)),
                    UnaryKind::Neg => vm.unary_op(&v, Dunder::Neg),
                    UnaryKind::Pos => vm.unary_op(&v, Dunder::Pos),
                    UnaryKind::Invert => vm.unary_op(&v, Dunder::Invert),
                }
            }
            ExprKind::And(values) => {
                let mut last = Value::None;
                for v in values {
                    last = self.eval(vm, f, v)?;
                    if !vm.truthy(&last)? {
                        return Ok(last);
                    }
                }
                Ok(last)
            }
            ExprKind::Or(values) => {
                let mut last = Value::None;
                for v in values {
                    last = self.eval(vm, f, v)?;
                    if vm.truthy(&last)? {
                        return Ok(last);
                    }
                }
                Ok(last)
            }
            ExprKind::Compare(left, rest) => {
                let mut a = self.eval(vm, f, left)?;
                let n = rest.len();
                for (i, (op, right)) in rest.iter().enumerate() {
                    let b = self.eval(vm, f, right)?;
                    let r = compare(vm, &a, &b, *op)?;
                    if i + 1 == n {
                        return Ok(r);
                    }
                    if !vm.truthy(&r)? {
                        return Ok(r);
                    }
                    a = b;
                }
                Ok(Value::Bool(true))
            }
            ExprKind::IfExp(test, body, orelse) => {
                if self.eval_test(vm, f, test)? {
                    self.eval(vm, f, body)
                } else {
                    self.eval(vm, f, orelse)
                }
            }
            ExprKind::Slice(lo, hi, step) => {
                let part = |x: &Option<Box<Expr>>| -> PyResult<Value> {
                    match x {
                        Some(x) => self.eval(vm, f, x),
                        None => Ok(Value::None),
                    }
                };
                let (start, stop, step) = (part(lo)?, part(hi)?, part(step)?);
                Ok(vm.new_object(
                    vm.types.slice.clone(),
                    Payload::Slice(garter_runtime::types::slice::SliceData { start, stop, step }),
                ))
            }
            ExprKind::Tuple(elts) => {
                let items = self.eval_elts(vm, f, elts)?;
                Ok(vm.new_tuple(items))
            }
            ExprKind::List(elts) => {
                let items = self.eval_elts(vm, f, elts)?;
                Ok(vm.new_list(items))
            }
            ExprKind::Set(elts) => {
                let items = self.eval_elts(vm, f, elts)?;
                garter_runtime::types::set::new_set(vm, items)
            }
            ExprKind::ConstSet(items) => {
                garter_runtime::types::set::new_set_from_constants(vm, items.clone())
            }
            ExprKind::Dict(items) => self.eval_dict(vm, f, items),
            ExprKind::Function(def) => self.make_function(vm, f, def),
            ExprKind::Comprehension(kind, code, first, closure) => {
                let iterable = self.eval(vm, f, first)?;
                let it = vm.iter(&iterable)?;
                self.run_comprehension(vm, f, *kind, code, it, closure)
            }
            ExprKind::CompAppend(kind, value, extra) => {
                let v = self.eval(vm, f, value)?;
                let Some(acc) = &f.acc else {
                    return Err(vm.runtime_error("comprehension without a result".into()));
                };
                match kind {
                    CompKind::List => {
                        if let Some(Payload::List(l)) = acc.payload() {
                            garter_runtime::types::list::push_counted(vm, l, v)?;
                        }
                    }
                    CompKind::Set => garter_runtime::types::set::set_add(vm, acc, v)?,
                    CompKind::Dict => {
                        let val = match extra {
                            Some(x) => self.eval(vm, f, x)?,
                            None => Value::None,
                        };
                        if let Some(Payload::Dict(d)) = acc.payload() {
                            set_item(vm, d, v, val)?;
                        }
                    }
                    CompKind::Generator => {}
                }
                Ok(Value::None)
            }
            ExprKind::Yield(value) => {
                let v = match value {
                    Some(x) => self.eval(vm, f, x)?,
                    None => Value::None,
                };
                self.yield_value(vm, f, v)
            }
            ExprKind::YieldFrom(value) => {
                let iterable = self.eval(vm, f, value)?;
                self.yield_from(vm, f, iterable)
            }
            ExprKind::NamedExpr(target, value) => {
                let v = self.eval(vm, f, value)?;
                self.assign(vm, f, target, v.clone())?;
                Ok(v)
            }
            ExprKind::JoinedStr(parts) => {
                let mut out = String::new();
                for p in parts {
                    let v = self.eval(vm, f, p)?;
                    match v.as_str() {
                        Some(s) => out.push_str(s.as_str()),
                        None => out.push_str(&vm.str_string(&v)?),
                    }
                }
                Ok(vm.new_str(out))
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                spec,
            } => {
                let v = self.eval(vm, f, value)?;
                let v = match u8::try_from(*conversion).ok().map(char::from) {
                    Some('r') => Value::Obj(vm.repr(&v)?),
                    Some('s') => Value::Obj(vm.str(&v)?),
                    Some('a') => {
                        let ascii = vm.builtins_get("ascii")?;
                        vm.call(&ascii, garter_runtime::Args::positional(&[v]))?
                    }
                    _ => v,
                };
                let spec = match spec {
                    Some(s) => {
                        let sv = self.eval(vm, f, s)?;
                        sv.as_str()
                            .map(|s| s.as_str().to_string())
                            .unwrap_or_default()
                    }
                    None => String::new(),
                };
                let exact_str = v.as_str().is_some()
                    && v.as_obj()
                        .is_some_and(garter_runtime::types::dict::is_builtin);
                if spec.is_empty() && exact_str {
                    return Ok(v);
                }
                Ok(vm.new_str(vm.format(&v, &spec)?))
            }
            ExprKind::Unsupported(what) => Err(unsupported(vm, what)),
            ExprKind::Const(_)
            | ExprKind::Local(..)
            | ExprKind::Global(..)
            | ExprKind::BinOp(..)
            | ExprKind::Attr(..)
            | ExprKind::Subscript(..)
            | ExprKind::Call { .. }
            | ExprKind::MethodCall { .. } => self.eval(vm, f, e),
        }
    }

    /// Reads a name.
    pub(crate) fn load_name(
        &self,
        vm: &Vm,
        f: &Frame,
        r: &NameRef,
        name: &Value,
    ) -> PyResult<Value> {
        match r {
            NameRef::Local(i) => f
                .locals
                .get(*i as usize)
                .ok_or_else(|| unbound_local(vm, name)),
            NameRef::Cell(i) => match cell_value(f.cells.get(*i as usize)) {
                Some(v) => Ok(v),
                None if (*i as usize) < f.code.cellvars.len() => Err(unbound_local(vm, name)),
                None => Err(unbound_free(vm, name)),
            },
            NameRef::Global => self.load_global(vm, f, name),
            NameRef::Name => {
                if let Some(ns) = &f.ns {
                    if let Some(v) = super::namespace::ns_get(vm, ns, name)? {
                        return Ok(v);
                    }
                }
                self.load_global(vm, f, name)
            }
            NameRef::ClassDeref(i) => {
                if let Some(ns) = &f.ns {
                    if let Some(v) = super::namespace::ns_get(vm, ns, name)? {
                        return Ok(v);
                    }
                }
                cell_value(f.cells.get(*i as usize)).ok_or_else(|| unbound_free(vm, name))
            }
        }
    }

    /// Reads a global through its cache: a cached position is good while
    /// the entry there still has the name's (interned) key object; a name
    /// found in builtins also needs the module namespace to have gained
    /// no key since.
    #[inline(always)]
    pub(crate) fn load_global_cached(
        &self,
        vm: &Vm,
        f: &Frame,
        name: &Value,
        cache: &crate::ir::GlobalCache,
    ) -> PyResult<Value> {
        let Some(g) = obj_dict_table(&f.globals) else {
            return self.load_global(vm, f, name);
        };
        let gptr = std::rc::Rc::as_ptr(&f.globals) as usize;
        let c = cache.0.get();
        let gt = g.borrow();
        if c.valid && c.globals == gptr {
            if !c.in_builtins {
                if let Some(v) = gt.value_if_key_at(c.pos as usize, name) {
                    return Ok(v);
                }
            } else if c.globals_version == gt.version() {
                if let Some(b) = obj_dict_table(&vm.builtins) {
                    if let Some(v) = b.borrow().value_if_key_at(c.pos as usize, name) {
                        return Ok(v);
                    }
                }
            }
        }
        if let Some(pos) = gt.position_of_str(name) {
            cache.0.set(crate::ir::CachedGlobal {
                valid: true,
                globals: gptr,
                globals_version: gt.version(),
                in_builtins: false,
                pos: pos as u32,
            });
            if let Some(v) = gt.value_at(pos) {
                return Ok(v);
            }
        }
        if !std::rc::Rc::ptr_eq(&super::namespace::builtins_of(vm, &f.globals), &vm.builtins) {
            drop(gt);
            return self.load_global(vm, f, name);
        }
        if let Some(b) = obj_dict_table(&vm.builtins) {
            let bt = b.borrow();
            if let Some(pos) = bt.position_of_str(name) {
                cache.0.set(crate::ir::CachedGlobal {
                    valid: true,
                    globals: gptr,
                    globals_version: gt.version(),
                    in_builtins: true,
                    pos: pos as u32,
                });
                if let Some(v) = bt.value_at(pos) {
                    return Ok(v);
                }
            }
        }
        drop(gt);
        self.load_global(vm, f, name)
    }

    fn load_global(&self, vm: &Vm, f: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(g) = obj_dict_table(&f.globals) {
            if let Some(v) = g.borrow().get_str(name) {
                return Ok(v);
            }
        }
        let builtins = super::namespace::builtins_of(vm, &f.globals);
        if let Some(b) = obj_dict_table(&builtins) {
            if let Some(v) = b.borrow().get_str(name) {
                return Ok(v);
            }
        }
        let n = name.as_str().map_or("?", |s| s.as_str());
        let err = vm.name_error(format!("name '{n}' is not defined"));
        let _ = vm.set_attr(&err.value(), &vm.intern("name"), name.clone());
        Err(err)
    }

    /// Evaluates display items, expanding `*iterable`.
    pub(crate) fn eval_elts(&self, vm: &Vm, f: &Frame, elts: &[Elt]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            match e {
                Elt::One(x) => out.push(self.eval(vm, f, x)?),
                Elt::Star(x) => {
                    let v = self.eval(vm, f, x)?;
                    let items = vm.collect(&v).map_err(|e| {
                        if vm.err_matches(&e, &vm.exc.type_error) && vm.iter(&v).is_err() {
                            vm.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                vm.type_name_of(&v)
                            ))
                        } else {
                            e
                        }
                    })?;
                    out.extend(items);
                }
            }
        }
        Ok(out)
    }

    fn eval_dict(&self, vm: &Vm, f: &Frame, items: &[DictItem]) -> PyResult<Value> {
        let d = vm.new_dict(DictTable::with_capacity(items.len()));
        let Some(Payload::Dict(table)) = d.payload() else {
            return Ok(d);
        };
        for item in items {
            match item {
                DictItem::Pair(k, v) => {
                    let key = self.eval(vm, f, k)?;
                    let value = self.eval(vm, f, v)?;
                    set_item(vm, table, key, value)?;
                }
                DictItem::Spread(m) => {
                    let mapping = self.eval(vm, f, m)?;
                    if vm.lookup_attr(&mapping, &vm.intern("keys"))?.is_none() {
                        return Err(vm.type_error(format!(
                            "'{}' object is not a mapping",
                            vm.type_name_of(&mapping)
                        )));
                    }
                    garter_runtime::types::dict_methods::update_from(vm, table, &mapping)?;
                }
            }
        }
        Ok(d)
    }

    /// Finds `receiver.name` as a function to call with `receiver` first
    /// (no bound method made); `None` if normal lookup is needed.
    fn lookup_method(&self, vm: &Vm, receiver: &Value, name: &Value) -> PyResult<Option<Value>> {
        let cls = vm.class_of(receiver);
        let Some(t) = cls.as_type() else {
            return Ok(None);
        };
        let generic = matches!(t.dunder(Dunder::GetAttribute).as_ref().and_then(Value::payload),
            Some(Payload::Builtin(b)) if b.owner.as_deref() == Some("object"));
        if !generic {
            return Ok(None);
        }
        if receiver
            .as_obj()
            .is_some_and(|o| o.as_type().is_some() || matches!(o.payload, Payload::Module(_)))
        {
            return Ok(None);
        }
        let Some(attr) = garter_runtime::types::type_object::mro_lookup(cls, name) else {
            return Ok(None);
        };
        let is_method = match attr.payload() {
            Some(Payload::Function(_)) => true,
            Some(Payload::Builtin(b)) => {
                b.kind == garter_runtime::types::type_object::MethodKind::Method
            }
            _ => false,
        };
        if !is_method {
            return Ok(None);
        }
        let shadowed = receiver
            .as_obj()
            .and_then(|o| o.dict())
            .is_some_and(|slot| {
                slot.with(|d| obj_dict_table(d).is_some_and(|t| t.borrow().get_str(name).is_some()))
            });
        if shadowed {
            return Ok(None);
        }
        Ok(Some(attr))
    }
}

/// `obj[key]`, with fast paths for lists and tuples indexed by ints.
#[inline(always)]
pub(crate) fn subscript(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    if let (Value::Obj(o), Value::Int(i)) = (obj, key) {
        if garter_runtime::types::dict::is_builtin(o) {
            match &o.payload {
                Payload::List(l) => {
                    let l = l.borrow();
                    let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
                    if idx >= 0 {
                        if let Some(v) = l.get(idx as usize) {
                            return Ok(v.clone());
                        }
                    }
                }
                Payload::Tuple(t) => {
                    let idx = if *i < 0 { *i + t.len() as i64 } else { *i };
                    if idx >= 0 {
                        if let Some(v) = t.get(idx as usize) {
                            return Ok(v.clone());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    vm.get_item(obj, key)
}

/// `x op y` for two machine numbers (exact ints and floats) when the
/// result needs no big integer and cannot raise: what int's and float's
/// methods would return, without the dunder dispatch. `None` sends the
/// caller to the general path. Also right for `x op= y`, since exact ints
/// and floats have no in-place methods.
#[inline(always)]
pub(crate) fn fast_number_op(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(*y).map(Value::Int),
            BinOp::Sub => x.checked_sub(*y).map(Value::Int),
            _ => garter_runtime::types::int::small_int_op(*x, *y, op),
        },
        (Value::Float(x), Value::Float(y)) => simple_float_op(*x, *y, op),
        (Value::Float(x), Value::Int(y)) => simple_float_op(*x, *y as f64, op),
        (Value::Int(x), Value::Float(y)) => simple_float_op(*x as f64, *y, op),
        _ => None,
    }
}

/// `x op y` for two machine ints (what `compare_numbers` answers for
/// them, inline).
#[inline(always)]
fn compare_ints(x: i64, y: i64, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

/// Truthiness with the common cases inline (exact ints and floats are
/// true when nonzero, as their `__bool__` says).
#[inline(always)]
pub(crate) fn truthy_fast(vm: &Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::None => Ok(false),
        _ => vm.truthy(v),
    }
}

/// `x op y` for two floats when it cannot fail (the operators that can
/// raise go the general way).
#[inline]
fn simple_float_op(x: f64, y: f64, op: BinOp) -> Option<Value> {
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mul => Some(Value::Float(x * y)),
        BinOp::TrueDiv if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// One link of a comparison chain.
fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    match op {
        CmpKind::Rich(op) => {
            if let Some(r) = garter_runtime::ops::arith::compare_numbers(a, b, op) {
                return Ok(Value::Bool(r));
            }
            if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
                if matches!(op, CompareOp::Eq | CompareOp::Ne) {
                    return Ok(Value::Bool(
                        (x.as_str() == y.as_str()) == (op == CompareOp::Eq),
                    ));
                }
            }
            vm.compare(a, b, op)
        }
        CmpKind::Is => Ok(Value::Bool(a.is(b))),
        CmpKind::IsNot => Ok(Value::Bool(!a.is(b))),
        CmpKind::In => Ok(Value::Bool(vm.contains(b, a)?)),
        CmpKind::NotIn => Ok(Value::Bool(!vm.contains(b, a)?)),
    }
}

pub(crate) fn unbound_local(vm: &Vm, name: &Value) -> PyErr {
    let n = name.as_str().map_or("?", |s| s.as_str());
    vm.new_error(
        &vm.exc.unbound_local_error,
        format!("cannot access local variable '{n}' where it is not associated with a value"),
    )
}

pub(crate) fn unbound_free(vm: &Vm, name: &Value) -> PyErr {
    let n = name.as_str().map_or("?", |s| s.as_str());
    vm.name_error(format!(
        "cannot access free variable '{n}' where it is not associated with a value in enclosing scope"
    ))
}

/// The error for a construct Garter does not run.
pub(crate) fn unsupported(vm: &Vm, what: &str) -> PyErr {
    vm.new_error(
        &vm.exc.not_implemented_error,
        format!(
            "{what} {} not supported by Garter",
            if what.ends_with('s') { "are" } else { "is" }
        ),
    )
}

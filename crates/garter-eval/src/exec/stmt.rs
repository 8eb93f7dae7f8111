//! Executing statements: control flow, `try`/`except`/`finally` with
//! CPython's rules for `return`/`break`/`continue` passing through
//! `finally`, `with`, `raise`, `assert`, definitions and annotations.

use smallvec::SmallVec;

use garter_runtime::dunder::Dunder;
use garter_runtime::object::Payload;
use garter_runtime::types::exception::exception_data;
use garter_runtime::{Args, PyErr, PyResult, Value, Vm};

use super::expr::unsupported;
use super::frame::Frame;
use super::{Flow, Interp};
use crate::ir::{Handler, NameRef, Stmt, StmtKind, Target, WithItem};

impl Interp {
    /// Runs a block of statements.
    ///
    /// The blocks of `if` statements run in this same loop (`enclosing`
    /// keeps the rest of each block around them), and `return` is done
    /// here too: a function's result then comes out of one call rather
    /// than being copied up through a call per nested block (a copy of a
    /// just-written result stalls the processor).
    pub(crate) fn exec_block(&self, vm: &Vm, f: &Frame, body: &[Stmt]) -> PyResult<Flow> {
        let mut enclosing: SmallVec<[&[Stmt]; 4]> = SmallVec::new();
        let mut block = body;
        loop {
            let Some((s, rest)) = block.split_first() else {
                // The end of a block: an `if` statement is done.
                match enclosing.pop() {
                    Some(outer) => {
                        vm.run_pending_releases();
                        block = outer;
                        continue;
                    }
                    None => return Ok(Flow::Normal),
                }
            };
            match &s.kind {
                StmtKind::If(test, then, orelse) => match self.eval_test(vm, f, test) {
                    Ok(t) => {
                        enclosing.push(rest);
                        block = if t { then } else { orelse };
                        continue;
                    }
                    Err(mut e) => {
                        self.statement_error(vm, f, s, &mut e);
                        return Err(e);
                    }
                },
                StmtKind::Return(Some(value)) => match self.eval(vm, f, value) {
                    Ok(v) => return Ok(Flow::Return(v)),
                    Err(mut e) => {
                        self.statement_error(vm, f, s, &mut e);
                        return Err(e);
                    }
                },
                _ => {}
            }
            let mut result = self.exec_stmt(vm, f, s);
            match &mut result {
                Ok(Flow::Normal) => {
                    vm.run_pending_releases();
                    block = rest;
                    continue;
                }
                Ok(_) => {}
                Err(e) => self.statement_error(vm, f, s, e),
            }
            return result;
        }
    }

    /// An error leaving statement `s`: chained to the exception being
    /// handled, and tagged with the statement's position.
    #[cold]
    #[inline(never)]
    fn statement_error(&self, vm: &Vm, f: &Frame, s: &Stmt, e: &mut PyErr) {
        self.chain_context(vm, e);
        *e = self.at(f, s.span, e.clone());
    }

    /// Runs one statement: the common kinds in functions of their own,
    /// the rest in `exec_stmt_cold`.
    #[inline]
    pub(crate) fn exec_stmt(&self, vm: &Vm, f: &Frame, s: &Stmt) -> PyResult<Flow> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval(vm, f, e)?;
                Ok(Flow::Normal)
            }
            StmtKind::Assign(..) => self.exec_assign(vm, f, s),
            StmtKind::AugAssign(..) => self.exec_aug_assign(vm, f, s),
            StmtKind::Return(..) => self.exec_return(vm, f, s),
            StmtKind::If(..) => self.exec_if(vm, f, s),
            StmtKind::While(..) => self.exec_while(vm, f, s),
            StmtKind::For(..) => self.exec_for(vm, f, s),
            _ => self.exec_stmt_cold(vm, f, s),
        }
    }

    #[inline(never)]
    fn exec_assign(&self, vm: &Vm, f: &Frame, s: &Stmt) -> PyResult<Flow> {
        let StmtKind::Assign(targets, value) = &s.kind else {
            return self.exec_stmt_cold(vm, f, s);
        };
        let v = self.eval(vm, f, value)?;
        if let [t] = targets.as_slice() {
            // A plain local is stored right here (the old value is
            // dropped after the slot holds the new one, as `assign` does).
            if let Target::Name(NameRef::Local(i), ..) = t {
                drop(f.locals.set(*i as usize, Some(v)));
                return Ok(Flow::Normal);
            }
            self.assign(vm, f, t, v)?;
        } else {
            for t in targets {
                self.assign(vm, f, t, v.clone())?;
            }
        }
        Ok(Flow::Normal)
    }

    #[inline(never)]
    fn exec_aug_assign(&self, vm: &Vm, f: &Frame, s: &Stmt) -> PyResult<Flow> {
        let StmtKind::AugAssign(target, op, value, span) = &s.kind else {
            return self.exec_stmt_cold(vm, f, s);
        };
        self.aug_assign(vm, f, target, *op, value, *span)?;
        Ok(Flow::Normal)
    }

    #[inline(never)]
    fn exec_return(&self, vm: &Vm, f: &Frame, s: &Stmt) -> PyResult<Flow> {
        let StmtKind::Return(value) = &s.kind else {
            return self.exec_stmt_cold(vm, f, s);
        };
        let v = match value {
            Some(e) => self.eval(vm, f, e)?,
            None => Value::None,
        };
        Ok(Flow::Return(v))
    }

    #[inline(never)]
    fn exec_if(&self, vm: &Vm, f: &Frame, s: &Stmt) -> PyResult<Flow> {
        let StmtKind::If(test, body, orelse) = &s.kind else {
            return self.exec_stmt_cold(vm, f, s);
        };
        let branch = if self.eval_test(vm, f, test)? {
            body
        } else {
            orelse
        };
        self.exec_block(vm, f, branch)
    }

    #[inline(never)]
    fn exec_while(&self, vm: &Vm, f: &Frame, s: &Stmt) -> PyResult<Flow> {
        let StmtKind::While(test, body, orelse) = &s.kind else {
            return self.exec_stmt_cold(vm, f, s);
        };
        loop {
            vm.check_interrupt()?;
            if !self.eval_test(vm, f, test)? {
                break;
            }
            if let Some(left) = self.loop_body(vm, f, body)? {
                return Ok(left);
            }
        }
        self.exec_block(vm, f, orelse)
    }

    /// One pass of a loop's body; `Some` with how the statement ends when
    /// the loop is left (`break`, `return`).
    #[inline]
    fn loop_body(&self, vm: &Vm, f: &Frame, body: &[Stmt]) -> PyResult<Option<Flow>> {
        Ok(match self.exec_block(vm, f, body)? {
            Flow::Break => Some(Flow::Normal),
            Flow::Return(v) => Some(Flow::Return(v)),
            Flow::Normal | Flow::Continue => None,
        })
    }

    #[inline(never)]
    fn exec_for(&self, vm: &Vm, f: &Frame, s: &Stmt) -> PyResult<Flow> {
        let StmtKind::For(target, iter, body, orelse) = &s.kind else {
            return self.exec_stmt_cold(vm, f, s);
        };
        let iterable = self.eval(vm, f, iter)?;
        let it = vm.iter(&iterable)?;
        while let Some(item) = vm.next(&it)? {
            self.assign(vm, f, target, item)?;
            if let Some(left) = self.loop_body(vm, f, body)? {
                return Ok(left);
            }
        }
        self.exec_block(vm, f, orelse)
    }

    /// The other statements, out of line.
    #[inline(never)]
    fn exec_stmt_cold(&self, vm: &Vm, f: &Frame, s: &Stmt) -> PyResult<Flow> {
        match &s.kind {
            StmtKind::Expr(_)
            | StmtKind::Assign(..)
            | StmtKind::AugAssign(..)
            | StmtKind::Return(_)
            | StmtKind::If(..)
            | StmtKind::While(..)
            | StmtKind::For(..) => return self.exec_stmt(vm, f, s),
            StmtKind::Annotate(name, ann) => self.annotate(vm, f, name, ann)?,
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Pass => {}
            StmtKind::Raise(exc, cause) => {
                return Err(self.raise(vm, f, exc.as_ref(), cause.as_ref())?)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => {
                let result = if *star {
                    self.try_except_star(vm, f, body, handlers, orelse)
                } else {
                    self.try_except(vm, f, body, handlers, orelse)
                };
                if finalbody.is_empty() {
                    return result;
                }
                return match result {
                    Ok(flow) => match self.exec_block(vm, f, finalbody)? {
                        Flow::Normal => Ok(flow),
                        other => Ok(other),
                    },
                    Err(e) => {
                        vm.handling.borrow_mut().push(e.value());
                        let fin = self.exec_block(vm, f, finalbody);
                        vm.handling.borrow_mut().pop();
                        match fin? {
                            Flow::Normal => Err(e),
                            other => Ok(other),
                        }
                    }
                };
            }
            StmtKind::With(items, body) => return self.with(vm, f, items, body),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(vm, f, t)?;
                }
            }
            StmtKind::Assert(test, msg) => {
                let t = self.eval(vm, f, test)?;
                if !vm.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(vm, f, m)?],
                        None => Vec::new(),
                    };
                    let err = vm.new_exception(&vm.exc.assertion_error, args);
                    return Err(self.at(f, test.span, err));
                }
            }
            StmtKind::Import(names) => self.exec_import(vm, f, names)?,
            StmtKind::ImportFrom {
                module,
                level,
                names,
            } => self.exec_import_from(vm, f, module, *level, names)?,
            StmtKind::ImportStar { module, level } => {
                self.exec_import_star(vm, f, module, *level)?
            }
            StmtKind::FunctionDef(def, decorators, target) => {
                let decos = decorators
                    .iter()
                    .map(|d| self.eval(vm, f, d))
                    .collect::<PyResult<Vec<_>>>()?;
                let mut func = self.make_function(vm, f, def)?;
                for d in decos.iter().rev() {
                    func = vm.call(d, Args::positional(&[func]))?;
                }
                self.assign(vm, f, target, func)?;
            }
            StmtKind::ClassDef(def, decorators, target) => {
                let decos = decorators
                    .iter()
                    .map(|d| self.eval(vm, f, d))
                    .collect::<PyResult<Vec<_>>>()?;
                let mut cls = self.make_class(vm, f, def)?;
                for d in decos.iter().rev() {
                    cls = vm.call(d, Args::positional(&[cls]))?;
                }
                self.assign(vm, f, target, cls)?;
            }
            StmtKind::Sequence(stmts) => return self.exec_block(vm, f, stmts),
            StmtKind::Unsupported(what) => return Err(unsupported(vm, what)),
        }
        Ok(Flow::Normal)
    }

    /// The body, handlers and `else` of a `try` (without `finally`).
    fn try_except(
        &self,
        vm: &Vm,
        f: &Frame,
        body: &[Stmt],
        handlers: &[Handler],
        orelse: &[Stmt],
    ) -> PyResult<Flow> {
        let err = match self.exec_block(vm, f, body) {
            Ok(Flow::Normal) => return self.exec_block(vm, f, orelse),
            Ok(flow) => return Ok(flow),
            Err(e) => e,
        };
        if handlers.is_empty() {
            return Err(err);
        }
        let value = err.value();
        for h in handlers {
            let matched = match &h.type_ {
                None => true,
                Some(t) => {
                    vm.handling.borrow_mut().push(value.clone());
                    let ty = self.eval(vm, f, t);
                    let m = ty.and_then(|ty| exception_matches(vm, &value, &ty));
                    vm.handling.borrow_mut().pop();
                    m.map_err(|e| self.at(f, h.span, e))?
                }
            };
            if !matched {
                continue;
            }
            if let Some(name) = &h.name {
                self.assign(vm, f, name, value.clone())?;
            }
            vm.handling.borrow_mut().push(value.clone());
            let r = self.exec_block(vm, f, &h.body);
            vm.handling.borrow_mut().pop();
            if let Some(name) = &h.name {
                let _ = self.delete(vm, f, name);
            }
            return r;
        }
        Err(err)
    }

    /// `raise`, `raise exc` and `raise exc from cause`: the exception to
    /// propagate.
    fn raise(
        &self,
        vm: &Vm,
        f: &Frame,
        exc: Option<&crate::ir::Expr>,
        cause: Option<&crate::ir::Expr>,
    ) -> PyResult<PyErr> {
        let Some(exc) = exc else {
            return match vm.handling.borrow().last() {
                Some(Value::Obj(o)) => Ok(PyErr::new(o.clone())),
                _ => Ok(vm.runtime_error("No active exception to reraise".into())),
            };
        };
        let v = self.eval(vm, f, exc)?;
        let err = make_exception(vm, v, "exceptions must derive from BaseException")?;
        if let Some(c) = cause {
            let cv = self.eval(vm, f, c)?;
            let cause = if cv.is_none() {
                Value::None
            } else {
                make_exception(vm, cv, "exception causes must derive from BaseException")?.value()
            };
            if let Some(d) = exception_data(&err.value()) {
                *d.cause.borrow_mut() = cause;
                d.suppress_context.set(true);
            }
        }
        Ok(err)
    }

    fn with(&self, vm: &Vm, f: &Frame, items: &[WithItem], body: &[Stmt]) -> PyResult<Flow> {
        let Some((first, rest)) = items.split_first() else {
            return self.exec_block(vm, f, body);
        };
        let mgr = self.eval(vm, f, &first.context)?;
        let t = vm.class_of(&mgr).as_type();
        let enter = t.and_then(|t| t.dunder(Dunder::Enter));
        let exit = t.and_then(|t| t.dunder(Dunder::Exit));
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if t.and_then(|t| t.dunder(Dunder::Enter)).is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            return Err(vm.type_error(format!(
                "'{}' object does not support the context manager protocol{missing}",
                vm.type_name_of(&mgr)
            )));
        };
        let value = vm.call(&enter, Args::positional(std::slice::from_ref(&mgr)))?;
        let result = match &first.target {
            Some(t) => self
                .assign(vm, f, t, value)
                .and_then(|_| self.with(vm, f, rest, body)),
            None => self.with(vm, f, rest, body),
        };
        match result {
            Ok(flow) => {
                vm.call(
                    &exit,
                    Args::positional(&[mgr, Value::None, Value::None, Value::None]),
                )?;
                Ok(flow)
            }
            Err(e) => {
                let ev = e.value();
                let ty = Value::Obj(vm.class_of(&ev).clone());
                let tb = vm
                    .get_attr(&ev, &vm.intern("__traceback__"))
                    .unwrap_or(Value::None);
                vm.handling.borrow_mut().push(ev.clone());
                let r = vm.call(&exit, Args::positional(&[mgr, ty, ev, tb]));
                vm.handling.borrow_mut().pop();
                if vm.truthy(&r?)? {
                    Ok(Flow::Normal)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// `name: annotation` at module or class level.
    fn annotate(&self, vm: &Vm, f: &Frame, name: &Value, ann: &crate::ir::Expr) -> PyResult<()> {
        let value = self.eval(vm, f, ann)?;
        let ns = f.ns.clone().unwrap_or_else(|| f.globals.clone());
        let key = vm.intern("__annotations__");
        let annotations = match super::namespace::ns_get(vm, &ns, &key)? {
            Some(a) => a,
            None => {
                let d = vm.new_dict(Default::default());
                super::namespace::ns_set(vm, &ns, &key, d.clone())?;
                d
            }
        };
        vm.set_item(&annotations, name, value)
    }

    pub(crate) fn delete(&self, vm: &Vm, f: &Frame, t: &Target) -> PyResult<()> {
        self.delete_target(vm, f, t)
    }
}

/// The exception instance `raise v` raises.
pub(crate) fn make_exception(vm: &Vm, v: Value, msg: &str) -> PyResult<PyErr> {
    if let Some(o) = v.as_obj() {
        if o.as_type().is_some() {
            if garter_runtime::types::type_object::is_subtype(o, &vm.exc.base_exception) {
                let inst = vm.call(&v, Args::positional(&[]))?;
                if exception_data(&inst).is_none() {
                    return Err(vm.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        vm.repr_string(&v)?,
                        vm.type_name_of(&inst)
                    )));
                }
                return Ok(PyErr::new(
                    inst.as_obj().cloned().unwrap_or_else(|| o.clone()),
                ));
            }
            return Err(vm.type_error(msg.into()));
        }
        if matches!(o.payload, Payload::Exception(_)) {
            return Ok(PyErr::new(o.clone()));
        }
    }
    Err(vm.type_error(msg.into()))
}

/// Whether the exception `value` matches an `except` clause's type.
fn exception_matches(vm: &Vm, value: &Value, ty: &Value) -> PyResult<bool> {
    let check = |t: &Value| -> PyResult<bool> {
        match t.as_obj().filter(|o| o.as_type().is_some()) {
            Some(c)
                if garter_runtime::types::type_object::is_subtype(c, &vm.exc.base_exception) =>
            {
                Ok(vm.is_instance_of(value, c))
            }
            _ => Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed".into(),
            )),
        }
    };
    if let Some(Payload::Tuple(items)) = ty.payload() {
        for item in items.iter() {
            if check(item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    check(ty)
}

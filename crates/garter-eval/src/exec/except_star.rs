//! `try` with `except*` clauses (PEP 654): the raised exception (wrapped in
//! an exception group if it is a plain one) is split by each clause's type;
//! each matching part runs its handler; what no clause matched and what
//! the handlers raise is raised again at the end.

use garter_runtime::types::exception_group::split_group;
use garter_runtime::{Args, PyErr, PyResult, Value, Vm};

use super::frame::Frame;
use super::{Flow, Interp};
use crate::ir::{Handler, Stmt};

impl Interp {
    pub(crate) fn try_except_star(
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
        let original = err.value();
        let naked = !vm.is_instance_of(&original, &vm.exc.base_exception_group);
        let group = if naked {
            let wrapper = Value::Obj(vm.exc.base_exception_group.clone());
            let items = vm.new_tuple(vec![original.clone()]);
            vm.call(
                &wrapper,
                Args::positional(&[vm.new_str(String::new()), items]),
            )?
        } else {
            original.clone()
        };
        let mut rest = Some(group.clone());
        let mut raised: Vec<Value> = Vec::new();
        let mut reraised = false;
        for h in handlers {
            let Some(remaining) = rest.clone() else { break };
            let Some(type_expr) = &h.type_ else { continue };
            let ty = self.eval(vm, f, type_expr)?;
            check_star_type(vm, &ty)?;
            let (matched, left) = split_group(vm, &remaining, &ty)?;
            rest = left;
            let Some(matched) = matched else { continue };
            if let Some(name) = &h.name {
                self.assign(vm, f, name, matched.clone())?;
            }
            vm.handling.borrow_mut().push(matched.clone());
            let result = self.exec_block(vm, f, &h.body);
            vm.handling.borrow_mut().pop();
            if let Some(name) = &h.name {
                let _ = self.delete(vm, f, name);
            }
            match result {
                Ok(Flow::Normal) => {}
                Ok(flow) => return Ok(flow),
                Err(e) if e.value().is(&matched) => reraised = true,
                Err(e) => raised.push(e.value()),
            }
        }
        if raised.is_empty() {
            return match rest {
                None if !reraised => Ok(Flow::Normal),
                _ if naked && reraised => Err(to_err(vm, group)),
                _ if naked => Err(err),
                Some(r) if !reraised => Err(to_err(vm, r)),
                _ => Err(err),
            };
        }
        let mut items = raised;
        if reraised {
            items.push(original);
        } else if let Some(r) = rest {
            items.push(r);
        }
        if items.len() == 1 && !reraised {
            return Err(to_err(vm, items.remove(0)));
        }
        let wrapper = Value::Obj(vm.exc.base_exception_group.clone());
        let list = vm.new_tuple(items);
        let group = vm.call(
            &wrapper,
            Args::positional(&[vm.new_str(String::new()), list]),
        )?;
        Err(to_err(vm, group))
    }
}

fn to_err(vm: &Vm, v: Value) -> PyErr {
    match v {
        Value::Obj(o) => PyErr::new(o),
        _ => vm.runtime_error("except*: not an exception".into()),
    }
}

/// `except*` may not name exception groups.
fn check_star_type(vm: &Vm, ty: &Value) -> PyResult<()> {
    let items = match ty.payload() {
        Some(garter_runtime::object::Payload::Tuple(t)) => t.to_vec(),
        _ => vec![ty.clone()],
    };
    for t in items {
        if let Some(c) = t.as_obj().filter(|o| o.as_type().is_some()) {
            if garter_runtime::types::type_object::is_subtype(c, &vm.exc.base_exception_group) {
                return Err(vm.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead."
                        .into(),
                ));
            }
        }
    }
    Ok(())
}

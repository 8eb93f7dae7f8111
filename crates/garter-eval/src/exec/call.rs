//! Calls: evaluating call arguments (`*args`, `**kwargs`), binding them
//! to a Python function's parameters with CPython's error messages, and
//! creating function objects.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use smallvec::SmallVec;

use garter_runtime::object::Payload;
use garter_runtime::types::dict::{obj_dict_table, DictTable};
use garter_runtime::types::function::FunctionData;
use garter_runtime::{Args, ObjRef, PyResult, Value, Vm};

use super::frame::Frame;
use super::{Flow, Interp};
use crate::ir::{Code, CodeKind, Elt, FunctionDef, KwArg};

impl Interp {
    /// Evaluates call arguments and calls `callee` (with `receiver`
    /// first, for method calls).
    pub(crate) fn call_with(
        &self,
        vm: &Vm,
        f: &Frame,
        callee: &Value,
        receiver: Option<Value>,
        args: &[Elt],
        kwargs: &[KwArg],
    ) -> PyResult<Value> {
        if kwargs.is_empty() {
            if let Some((data, code)) = direct_target(callee, receiver.is_some(), args) {
                return self.call_simple(vm, f, data, code, receiver.as_ref(), args);
            }
            if let (Value::Obj(cls), None) = (callee, &receiver) {
                let plain_class =
                    cls.as_type().is_some() && Rc::ptr_eq(vm.class_of(callee), &vm.types.type_);
                if let Some(init) = plain_class.then(|| vm.plain_init(cls)).flatten() {
                    if let Some((data, code)) = direct_target(&init, true, args) {
                        let obj = vm.new_object(cls.clone(), Payload::Plain);
                        let r = self.call_simple(vm, f, data, code, Some(&obj), args)?;
                        vm.check_init_result(&r)?;
                        return Ok(obj);
                    }
                }
            }
        }
        let mut values: SmallVec<[Value; 8]> = SmallVec::new();
        if let Some(r) = receiver {
            values.push(r);
        }
        for a in args {
            match a {
                Elt::One(e) => values.push(self.eval(vm, f, e)?),
                Elt::Star(e) => {
                    let v = self.eval(vm, f, e)?;
                    let items = vm.collect(&v).map_err(|err| {
                        if vm.err_matches(&err, &vm.exc.type_error) && vm.iter(&v).is_err() {
                            vm.type_error(format!(
                                "{} argument after * must be an iterable, not {}",
                                callee_name(vm, callee),
                                vm.type_name_of(&v)
                            ))
                        } else {
                            err
                        }
                    })?;
                    values.extend(items);
                }
            }
        }
        let mut kwnames: SmallVec<[Value; 4]> = SmallVec::new();
        for k in kwargs {
            match k {
                KwArg::Named(name, e) => {
                    values.push(self.eval(vm, f, e)?);
                    if kwnames.iter().any(|n| n.is(name)) {
                        return Err(vm.type_error(format!(
                            "{} got multiple values for keyword argument '{}'",
                            callee_name(vm, callee),
                            name.as_str().map_or("?", |s| s.as_str())
                        )));
                    }
                    kwnames.push(name.clone());
                }
                KwArg::Spread(e) => {
                    let m = self.eval(vm, f, e)?;
                    self.spread_kwargs(vm, callee, &m, &mut values, &mut kwnames)?;
                }
            }
        }
        let args = Args {
            values: &values,
            kwnames: &kwnames,
        };
        if let Value::Obj(o) = callee {
            if let Payload::Function(_) = o.payload {
                let _guard = vm.enter("")?;
                return self.call_python(vm, o, args);
            }
        }
        vm.call(callee, args)
    }

    fn spread_kwargs(
        &self,
        vm: &Vm,
        callee: &Value,
        m: &Value,
        values: &mut SmallVec<[Value; 8]>,
        kwnames: &mut SmallVec<[Value; 4]>,
    ) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match m.payload() {
            Some(Payload::Dict(d)) => d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            _ => {
                if vm.lookup_attr(m, &vm.intern("keys"))?.is_none() {
                    return Err(vm.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        callee_name(vm, callee),
                        vm.type_name_of(m)
                    )));
                }
                let keys = vm.call_method(m, "keys", &[])?;
                let mut out = Vec::new();
                for k in vm.collect(&keys)? {
                    let v = vm.get_item(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            let Some(s) = k.as_str() else {
                return Err(vm.type_error("keywords must be strings".into()));
            };
            if kwnames
                .iter()
                .any(|n| n.as_str().is_some_and(|x| x.as_str() == s.as_str()))
            {
                return Err(vm.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    callee_name(vm, callee),
                    s.as_str()
                )));
            }
            values.push(v);
            kwnames.push(vm.intern(s.as_str()));
        }
        Ok(())
    }

    /// The common call (a target [`direct_target`] accepted): the
    /// arguments are evaluated straight into the new frame's slots.
    ///
    /// The result is handed back as it comes, without wrapping, so that it
    /// is written once into the caller's place rather than copied on
    /// through each level (copies of a just-written result are slow).
    #[inline]
    fn call_simple(
        &self,
        vm: &Vm,
        f: &Frame,
        data: &FunctionData,
        code: &Code,
        receiver: Option<&Value>,
        args: &[Elt],
    ) -> PyResult<Value> {
        let nlocals = code.nlocals;
        let mut slots = self.take_slots();
        slots.reserve(nlocals);
        if let Some(r) = receiver {
            slots.push(Some(r.clone()));
        }
        for a in args {
            if let Elt::One(e) = a {
                slots.push(Some(self.eval(vm, f, e)?));
            }
        }
        while slots.len() < nlocals {
            slots.push(None);
        }
        let _guard = vm.enter("")?;
        self.run_direct(vm, data, slots)
    }

    /// Runs a function whose arguments are already in `slots` (a call
    /// that [`direct_code`] accepted); the caller has entered a level of
    /// recursion. This is `run_frame` for a frame that is recycled after.
    fn run_direct(
        &self,
        vm: &Vm,
        data: &FunctionData,
        slots: Vec<Option<Value>>,
    ) -> PyResult<Value> {
        // SAFETY: `direct_code` found that `data.code` is a `Code`, so the
        // allocation behind the `Rc<dyn Any>` was made as an `Rc<Code>`;
        // casting the pointer drops only the vtable.
        let code = unsafe { Rc::from_raw(Rc::into_raw(data.code.clone()) as *const Code) };
        let frame = Frame::with_filled_slots(
            code,
            data.globals.clone(),
            data.closure.clone(),
            self.new_frame_id(),
            slots,
        );
        self.frames.borrow_mut().push(&frame as *const Frame);
        let flow = self.exec_block(vm, &frame, &frame.code.body);
        self.frames.borrow_mut().pop();
        self.recycle(&frame);
        if flow.is_ok() {
            // What the frame's locals held is finalized before the caller
            // goes on (see `finish_call`).
            vm.run_pending_releases();
        }
        match flow {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => Err(e),
        }
    }

    /// Runs a Python function object.
    pub(crate) fn call_python(&self, vm: &Vm, func: &ObjRef, args: Args) -> PyResult<Value> {
        let Payload::Function(data) = &func.payload else {
            return Err(vm.type_error("not a Python function".into()));
        };
        let direct = args
            .kwnames
            .is_empty()
            .then(|| direct_code(data, args.values.len()))
            .flatten();
        if let Some(code) = direct {
            let mut slots = self.take_slots();
            slots.reserve(code.nlocals);
            slots.extend(args.values.iter().map(|v| Some(v.clone())));
            while slots.len() < code.nlocals {
                slots.push(None);
            }
            return self.run_direct(vm, data, slots);
        }
        let Ok(code) = data.code.clone().downcast::<Code>() else {
            return Err(vm.type_error("function without code".into()));
        };
        let mut cells = Vec::with_capacity(code.cellvars.len() + data.closure.len());
        for _ in 0..code.cellvars.len() {
            cells.push(new_cell(vm, None));
        }
        cells.extend(data.closure.iter().cloned());
        let frame = Frame::new(
            code.clone(),
            data.globals.clone(),
            cells,
            self.new_frame_id(),
        );
        bind_arguments(vm, &code, data, &frame, args)?;
        for (cell, slot) in &code.cell_params {
            if let Some(Payload::Cell(c)) = frame.cells.get(*cell as usize).map(|c| &c.payload) {
                *c.borrow_mut() = frame.locals.get(*slot as usize);
            }
        }
        if code.kind == CodeKind::Generator {
            return self.make_generator(vm, frame, data);
        }
        let result = self.run_frame(vm, &frame);
        drop(frame);
        finish_call(vm, result)
    }

    /// Makes a function object for a `def` or lambda.
    pub(crate) fn make_function(
        &self,
        vm: &Vm,
        f: &Frame,
        def: &Rc<FunctionDef>,
    ) -> PyResult<Value> {
        let defaults = if def.defaults.is_empty() {
            Value::None
        } else {
            let d = def
                .defaults
                .iter()
                .map(|e| self.eval(vm, f, e))
                .collect::<PyResult<Vec<_>>>()?;
            vm.new_tuple(d)
        };
        let kwdefaults = if def.kwdefaults.is_empty() {
            Value::None
        } else {
            let mut t = DictTable::new();
            for (name, e) in &def.kwdefaults {
                t.set_str(name.clone(), self.eval(vm, f, e)?);
            }
            vm.new_dict(t)
        };
        let mut ann = DictTable::new();
        for (name, e) in &def.annotations {
            ann.set_str(name.clone(), self.eval(vm, f, e)?);
        }
        let closure: Rc<[ObjRef]> = def
            .closure
            .iter()
            .filter_map(|i| f.cells.get(*i as usize).cloned())
            .collect();
        let module = obj_dict_table(&f.globals)
            .and_then(|t| t.borrow().get_str(&vm.intern("__name__")))
            .unwrap_or(Value::None);
        let code: Rc<dyn Any> = def.code.clone();
        let data = FunctionData {
            code,
            globals: f.globals.clone(),
            name: RefCell::new(def.code.name.clone()),
            qualname: RefCell::new(def.code.qualname.clone()),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            doc: RefCell::new(def.doc.clone().unwrap_or(Value::None)),
            module: RefCell::new(module),
            annotations: RefCell::new(vm.new_dict(ann)),
        };
        Ok(vm.new_object(vm.types.function.clone(), Payload::Function(Box::new(data))))
    }
}

/// A call's result once its frame's locals are freed: what they held is
/// finalized first (a generator left suspended in a local is closed
/// before the caller goes on, as in CPython).
#[inline]
fn finish_call(vm: &Vm, result: PyResult<Value>) -> PyResult<Value> {
    if result.is_ok() {
        vm.run_pending_releases();
    }
    result
}

/// The function and code of a call that [`Interp::call_simple`] can
/// make: a plain Python function, called without keywords or `*args` with
/// as many positional arguments (`receiver` counting as one) as it has
/// parameters.
#[inline]
fn direct_target<'a>(
    callee: &'a Value,
    receiver: bool,
    args: &[Elt],
) -> Option<(&'a FunctionData, &'a Code)> {
    let Value::Obj(o) = callee else {
        return None;
    };
    let Payload::Function(data) = &o.payload else {
        return None;
    };
    let code = direct_code(data, args.len() + receiver as usize)?;
    if args.iter().any(|a| matches!(a, Elt::Star(_))) {
        return None;
    }
    Some((data, code))
}

/// The code of a function that a call with `given` positional arguments
/// (and no keywords) can bind directly.
#[inline]
fn direct_code(data: &FunctionData, given: usize) -> Option<&Code> {
    let code = data.code.downcast_ref::<Code>()?;
    code.binds_directly(given).then_some(code)
}

/// A new cell object.
pub(crate) fn new_cell(vm: &Vm, v: Option<Value>) -> ObjRef {
    match vm.new_object(vm.types.cell.clone(), Payload::Cell(RefCell::new(v))) {
        Value::Obj(o) => o,
        _ => vm.types.cell.clone(),
    }
}

/// "f()" as call errors name a callee.
/// "f()" as call errors name a callee (CPython's `_PyObject_FunctionStr`:
/// `module.qualname()` outside builtins).
fn callee_name(vm: &Vm, callee: &Value) -> String {
    let qualname = match vm.lookup_attr(callee, &vm.intern("__qualname__")) {
        Ok(Some(q)) => match q.as_str() {
            Some(s) => s.as_str().to_string(),
            None => return format!("{} object", vm.type_name_of(callee)),
        },
        _ => return format!("{} object", vm.type_name_of(callee)),
    };
    let module = vm
        .lookup_attr(callee, &vm.intern("__module__"))
        .ok()
        .flatten()
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()));
    match module.as_deref() {
        Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
        _ => format!("{qualname}()"),
    }
}

/// Joins names as CPython's messages do: 'a', 'a' and 'b', 'a', 'b', and 'c'.
fn join_names(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Binds call arguments to the parameter slots of a new frame.
fn bind_arguments(
    vm: &Vm,
    code: &Code,
    data: &FunctionData,
    frame: &Frame,
    args: Args,
) -> PyResult<()> {
    let p = &code.params;
    let n = p.positional.len();
    let pos = args.pos();
    let fname = || {
        data.qualname
            .borrow()
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    };
    if args.kwnames.is_empty()
        && pos.len() == n
        && p.vararg.is_none()
        && p.kwonly.is_empty()
        && p.kwarg.is_none()
    {
        for (i, v) in pos.iter().enumerate() {
            frame.locals.set(i, Some(v.clone()));
        }
        return Ok(());
    }
    for (i, v) in pos.iter().take(n).enumerate() {
        frame.locals.set(i, Some(v.clone()));
    }
    let vararg_slot = n;
    let kwonly_start = n + p.vararg.is_some() as usize;
    let kwarg_slot = kwonly_start + p.kwonly.len();
    if p.vararg.is_some() {
        let extra = if pos.len() > n {
            pos[n..].to_vec()
        } else {
            Vec::new()
        };
        frame.locals.set(vararg_slot, Some(vm.new_tuple(extra)));
    }
    let kwargs = p.kwarg.as_ref().map(|_| DictTable::new());
    let mut kwargs = kwargs;
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name, value) in args.keywords() {
        if let Some(j) = p
            .positional
            .iter()
            .position(|x| x.as_str().is_some_and(|s| s.as_str() == name))
        {
            if j < p.posonly {
                match kwargs.as_mut() {
                    Some(d) => d.set_str(vm.intern(name), value.clone()),
                    None => posonly_as_kw.push(name.to_string()),
                }
                continue;
            }
            if frame.locals.get(j).is_some() {
                return Err(vm.type_error(format!(
                    "{}() got multiple values for argument '{name}'",
                    fname()
                )));
            }
            frame.locals.set(j, Some(value.clone()));
        } else if let Some(j) = p
            .kwonly
            .iter()
            .position(|x| x.as_str().is_some_and(|s| s.as_str() == name))
        {
            frame.locals.set(kwonly_start + j, Some(value.clone()));
        } else if let Some(d) = kwargs.as_mut() {
            d.set_str(vm.intern(name), value.clone());
        } else {
            return Err(vm.type_error(format!(
                "{}() got an unexpected keyword argument '{name}'",
                fname()
            )));
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname(),
            posonly_as_kw.join(", ")
        )));
    }
    let defaults = vm.tuple_items(&data.defaults.borrow());
    if pos.len() > n && p.vararg.is_none() {
        let given_kwonly = (0..p.kwonly.len())
            .filter(|j| frame.locals.get(kwonly_start + j).is_some())
            .count();
        let takes = if defaults.is_empty() {
            plural(n, "positional argument")
        } else {
            format!("from {} to {} positional arguments", n - defaults.len(), n)
        };
        let given = if given_kwonly > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                pos.len(),
                if pos.len() == 1 { "" } else { "s" },
                given_kwonly,
                if given_kwonly == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{} {} given",
                pos.len(),
                if pos.len() == 1 { "was" } else { "were" }
            )
        };
        return Err(vm.type_error(format!("{}() takes {takes} but {given}", fname())));
    }
    let first_default = n - defaults.len().min(n);
    let mut missing = Vec::new();
    for i in 0..n {
        if frame.locals.get(i).is_none() {
            if i >= first_default {
                frame
                    .locals
                    .set(i, Some(defaults[i - first_default].clone()));
            } else {
                missing.push(
                    p.positional[i]
                        .as_str()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default(),
                );
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            fname(),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    let kwdefaults = data.kwdefaults.borrow().clone();
    let mut missing_kw = Vec::new();
    for (j, name) in p.kwonly.iter().enumerate() {
        if frame.locals.get(kwonly_start + j).is_none() {
            let default = kwdefaults.payload().and_then(|_| {
                garter_runtime::types::dict::dict_table(&kwdefaults)
                    .and_then(|t| t.borrow().get_str(name))
            });
            match default {
                Some(d) => {
                    frame.locals.set(kwonly_start + j, Some(d));
                }
                None => missing_kw.push(
                    name.as_str()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default(),
                ),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            fname(),
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            join_names(&missing_kw)
        )));
    }
    if let Some(d) = kwargs {
        frame.locals.set(kwarg_slot, Some(vm.new_dict(d)));
    }
    Ok(())
}

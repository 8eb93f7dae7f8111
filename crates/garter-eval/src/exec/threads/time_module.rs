//! The native `time` module: `sleep` (a real sleep that lets the other
//! Python threads run meanwhile, cut short by an interrupt) and the
//! clocks.
//!
//! `monotonic` and `perf_counter` count from when the interpreter was
//! made; `process_time` reads the process's CPU time where the system
//! tells it (`/proc/self/stat`) and falls back to the monotonic clock.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use garter_runtime::{Args, Capability, PyResult, Value, Vm};

use super::lock::seconds;
use super::{deadline_after, sleep_until, with_interp};
use crate::exec::Interp;

/// Clock ticks per second of `/proc/self/stat` times (Linux's USER_HZ).
const USER_HZ: f64 = 100.0;

impl Interp {
    /// Sleeps `secs` seconds, running the other threads meanwhile.
    pub(crate) fn sleep(&self, vm: &Vm, secs: f64) -> PyResult<()> {
        if !self.threads.several() {
            if let Some(when) = deadline_after(secs) {
                sleep_until(vm, when);
            }
            return vm.check_interrupt_now();
        }
        if secs == 0.0 {
            return self.yield_thread(vm);
        }
        let deadline = deadline_after(secs);
        loop {
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(());
            }
            self.block_thread(vm, deadline)?;
        }
    }
}

fn sleep(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "sleep", 1, 1)?;
    let secs = seconds(vm, &a[0])?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)".into()));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative".into()));
    }
    if deadline_after(secs).is_none() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t".into()));
    }
    with_interp(vm, |interp| interp.sleep(vm, secs))?;
    Ok(Value::None)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
}

fn time(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "time", 0, 0)?;
    vm.require(Capability::Clock, "time.time")?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "time_ns", 0, 0)?;
    vm.require(Capability::Clock, "time.time_ns")?;
    Ok(Value::Int(since_epoch().as_nanos() as i64))
}

fn elapsed(vm: &Vm) -> PyResult<Duration> {
    with_interp(vm, |interp| Ok(interp.threads.clock_base.elapsed()))
}

fn monotonic(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "monotonic", 0, 0)?;
    vm.require(Capability::Clock, "time.monotonic")?;
    Ok(Value::Float(elapsed(vm)?.as_secs_f64()))
}

fn monotonic_ns(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "monotonic_ns", 0, 0)?;
    vm.require(Capability::Clock, "time.monotonic_ns")?;
    Ok(Value::Int(elapsed(vm)?.as_nanos() as i64))
}

fn perf_counter(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "perf_counter", 0, 0)?;
    vm.require(Capability::Clock, "time.perf_counter")?;
    Ok(Value::Float(elapsed(vm)?.as_secs_f64()))
}

fn perf_counter_ns(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "perf_counter_ns", 0, 0)?;
    vm.require(Capability::Clock, "time.perf_counter_ns")?;
    Ok(Value::Int(elapsed(vm)?.as_nanos() as i64))
}

/// CPU time of the process, in seconds.
fn cpu_seconds(vm: &Vm) -> PyResult<f64> {
    let from_proc = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|stat| {
            let after_name = stat.rsplit_once(')')?.1;
            let fields: Vec<&str> = after_name.split_whitespace().collect();
            let user: f64 = fields.get(11)?.parse().ok()?;
            let system: f64 = fields.get(12)?.parse().ok()?;
            Some((user + system) / USER_HZ)
        });
    match from_proc {
        Some(s) => Ok(s),
        None => Ok(elapsed(vm)?.as_secs_f64()),
    }
}

fn process_time(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "process_time", 0, 0)?;
    vm.require(Capability::Clock, "time.process_time")?;
    Ok(Value::Float(cpu_seconds(vm)?))
}

fn process_time_ns(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "process_time_ns", 0, 0)?;
    vm.require(Capability::Clock, "time.process_time_ns")?;
    Ok(Value::Int((cpu_seconds(vm)? * 1e9) as i64))
}

/// Makes the `time` module.
pub(crate) fn make(vm: &Vm) -> Value {
    let module = vm.new_module("time");
    garter_runtime::modules::add_functions(
        vm,
        &module,
        &[
            ("sleep", sleep),
            ("time", time),
            ("time_ns", time_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
        ],
    );
    module
}

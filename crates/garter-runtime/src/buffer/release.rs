//! Work that `Drop` cannot do and the next statement boundary does:
//! `__release_buffer__` for views that are dropped rather than released,
//! and the closing of generators dropped while suspended.
//!
//! CPython calls a PEP 688 exporter's `__release_buffer__(view)` the
//! moment the last memoryview over it is freed, and closes a suspended
//! generator (running its `finally` blocks) the moment it is freed.
//! Garter frees objects in `Drop`, which has no `Vm` and may run while a
//! container is borrowed, so it cannot call Python code there. Instead
//! every managed buffer that came from `__buffer__` holds the `Vm`'s
//! [`PendingReleases`] queue; its `Drop` (when nothing released it
//! explicitly) queues the exporter and the view, and a generator's queues
//! a finalizer. The evaluator drains the queue
//! ([`Vm::run_pending_releases`]) after each statement and each function
//! return (points where no native code holds a borrow), so in `del m;
//! print(...)` the release happens before the print, as in CPython. A
//! view dropped inside an expression is released once its statement ends.

use std::cell::{Cell, RefCell};

use crate::value::Value;
use crate::Vm;

/// Work queued by `Drop` for the next statement boundary (see the module
/// docs): code to run with the `Vm`.
pub type Finalizer = Box<dyn FnOnce(&Vm)>;

/// The exporters (and the views their `__buffer__` returned) waiting for
/// `__release_buffer__`, in the order their last views were dropped, and
/// the finalizers of dropped objects.
#[derive(Default)]
pub struct PendingReleases {
    queue: RefCell<Vec<(Value, Value)>>,
    finalizers: RefCell<Vec<Finalizer>>,
    waiting: Cell<bool>,
}

impl PendingReleases {
    /// Queues `exporter.__release_buffer__(view)`.
    pub(crate) fn push(&self, exporter: Value, view: Value) {
        if let Ok(mut queue) = self.queue.try_borrow_mut() {
            queue.push((exporter, view));
            self.waiting.set(true);
        }
    }

    /// Queues `finalizer` to run at the next statement boundary.
    pub fn push_finalizer(&self, finalizer: Finalizer) {
        if let Ok(mut finalizers) = self.finalizers.try_borrow_mut() {
            finalizers.push(finalizer);
            self.waiting.set(true);
        }
    }

    /// Forgets the queued releases and finalizers without running them
    /// (an interpreter being taken apart runs no more code).
    pub fn discard_releases(&self) {
        drop(self.take());
    }

    /// Whether a release is waiting (one load: checked on hot paths).
    #[inline]
    pub fn waiting(&self) -> bool {
        self.waiting.get()
    }

    /// The queued releases and finalizers, leaving the queue empty.
    fn take(&self) -> (Vec<(Value, Value)>, Vec<Finalizer>) {
        self.waiting.set(false);
        let releases = self
            .queue
            .try_borrow_mut()
            .map(|mut queue| std::mem::take(&mut *queue))
            .unwrap_or_default();
        let finalizers = self
            .finalizers
            .try_borrow_mut()
            .map(|mut f| std::mem::take(&mut *f))
            .unwrap_or_default();
        (releases, finalizers)
    }
}

impl Vm {
    /// Calls `__release_buffer__` for every view dropped since the last
    /// call, oldest first, and runs the queued finalizers (and whatever
    /// those drop in turn). Errors of `__release_buffer__` are ignored:
    /// CPython reports them as unraisable.
    #[inline]
    pub fn run_pending_releases(&self) {
        if self.pending_releases.waiting() {
            self.drain_pending_releases();
        }
    }

    #[cold]
    fn drain_pending_releases(&self) {
        loop {
            let (releases, finalizers) = self.pending_releases.take();
            if releases.is_empty() && finalizers.is_empty() {
                return;
            }
            for (exporter, view) in releases {
                call_release(self, &exporter, &view);
            }
            for finalizer in finalizers {
                finalizer(self);
            }
        }
    }
}

/// `exporter.__release_buffer__(view)` if its class defines it, errors
/// ignored.
pub(crate) fn call_release(vm: &Vm, exporter: &Value, view: &Value) {
    let name = vm.intern("__release_buffer__");
    let has_release = crate::types::type_object::mro_lookup(vm.class_of(exporter), &name).is_some();
    if has_release {
        let _ignored = vm.call_method(exporter, "__release_buffer__", std::slice::from_ref(view));
    }
}

//! Operations on values that every type shares, as methods of `Vm`:
//! attributes, calls, operators, comparison, hashing, iteration and the
//! object protocols (`len`, `repr`, items).

pub mod arith;
pub mod attr;
pub mod call;
pub mod hash;
pub mod iter;
pub mod protocol;

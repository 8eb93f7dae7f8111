//! Hash tables with CPython's layout where users can observe it: the set
//! table (iteration order of sets and frozensets follows CPython's probing).

pub mod set_iterable_ops;
pub mod set_ops;
pub mod set_table;

#[cfg(test)]
mod set_order_tests;

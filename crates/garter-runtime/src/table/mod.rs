//! Hash tables with CPython's layout where users can observe it: the set
//! table (iteration order of sets and frozensets follows CPython's probing).

//! Python's `repr` of the constants an AST can hold: str, bytes, int,
//! float and complex, exactly as CPython 3.11 prints them.

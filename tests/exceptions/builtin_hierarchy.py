# The builtin exception hierarchy, checked with issubclass.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (FloatingPointError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError), (ModuleNotFoundError, ImportError),
    (UnicodeError, ValueError), (UnicodeDecodeError, UnicodeError),
    (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError),
    (ConnectionError, OSError), (BrokenPipeError, ConnectionError),
    (ConnectionResetError, ConnectionError), (IsADirectoryError, OSError),
    (FileExistsError, OSError), (InterruptedError, OSError), (ProcessLookupError, OSError),
    (IOError, OSError), (EnvironmentError, OSError),
    (StopIteration, Exception), (StopAsyncIteration, Exception),
    (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (AssertionError, Exception),
    (TabError, IndentationError), (IndentationError, SyntaxError),
    (DeprecationWarning, Warning), (Warning, Exception), (UserWarning, Warning),
    (KeyError, IndexError), (TypeError, ValueError), (BufferError, Exception),
    (EOFError, Exception), (MemoryError, Exception), (ReferenceError, Exception),
    (AttributeError, Exception), (OSError, Exception),
]
for sub, sup in pairs:
    print(f"{sub.__name__:>20} < {sup.__name__:<18} {issubclass(sub, sup)}")
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in BrokenPipeError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print(BaseException.__bases__, Exception.__bases__[0].__name__)

"""Printing and formatting exceptions (Garter's traceback: the common calls)."""

import sys
import _garter_traceback

__all__ = ["format_exc", "print_exc", "format_exception", "print_exception",
           "format_exception_only", "print_last"]

_unset = object()


def _exception_of(exc, value):
    if value is _unset:
        if exc is None or isinstance(exc, BaseException):
            return exc
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return value


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception_only(exc, /, value=_unset):
    """The last lines of a traceback: `Type: message` and any notes."""
    value = _exception_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    lines = [_garter_traceback.exception_line(value) + "\n"]
    notes = getattr(value, "__notes__", None)
    if notes is not None:
        for note in notes:
            lines.append(f"{note}\n" if isinstance(note, str) else f"{note!r}\n")
    return lines


def format_exception(exc, /, value=_unset, tb=_unset, limit=None, chain=True):
    """The lines of the full traceback of an exception, as printed when uncaught."""
    value = _exception_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _lines(_garter_traceback.format_exception(value))


def print_exception(exc, /, value=_unset, tb=_unset, limit=None, file=None, chain=True):
    """Print the traceback of an exception to `file` (default: sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, end="", file=file)


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as a string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the traceback of the exception being handled."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the traceback of the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)

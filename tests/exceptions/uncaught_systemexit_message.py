# SystemExit with a string argument prints it to stderr and exits with status 1.
import sys

def validate(args):
    if len(args) < 3:
        raise SystemExit("usage: program FIRST SECOND")
    return args

print("argument count:", len(sys.argv))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    validate(sys.argv)
except Exception:
    print("not reached: SystemExit is not an Exception")

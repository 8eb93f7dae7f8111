# sys.exit with an integer code ends the program with that status and no traceback.
import sys

def main():
    print("doing work")
    try:
        sys.exit(3)
    except SystemExit as e:
        print("SystemExit can be caught:", repr(e), e.code)
    try:
        raise SystemExit("caught too")
    except SystemExit as e:
        print("code is the argument:", e.code)
    print("exiting for real")
    sys.stdout.flush()
    sys.exit(4)

try:
    main()
finally:
    print("finally runs on the way out")

# A module that raises during import is removed from sys.modules and re-run on the next import.
import sys

for attempt in range(2):
    try:
        import helper_raises
    except ValueError as e:
        print("attempt", attempt, type(e).__name__, e)
    print("cached?", "helper_raises" in sys.modules)

try:
    helper_raises
except NameError as e:
    print(type(e).__name__, e)

# return/break/continue inside finally override or discard pending results.
def return_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "exception discarded"

def try_return_value_evaluated_first():
    x = "original"
    try:
        return x
    finally:
        x = "changed in finally"

def finally_sees_side_effects():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

print(return_in_finally())
print(finally_swallows_exception())
print(try_return_value_evaluated_first())
print(finally_sees_side_effects())

def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return "broke out at " + str(i)
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("dropped")
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())

def nested_finally_order():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally_order())

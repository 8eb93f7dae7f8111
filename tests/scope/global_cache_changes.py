# Global and builtin name reads stay right as the module namespace changes
# under them: deletion, rebinding, shadowing a builtin and removing it.

def read_x():
    return x

def read_len():
    return len("abc")

x = 1
print(read_x())
x = 2
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError", e)
x = 3
print(read_x())

print(read_len())
len = lambda s: "shadowed"
print(read_len())
del len
print(read_len())

key = "".join(["dyn", "amic"])
globals()[key] = "set through globals()"

def read_dynamic():
    return dynamic

print(read_dynamic())
globals()[key] = "changed"
print(read_dynamic())
del globals()[key]
try:
    read_dynamic()
except NameError as e:
    print("NameError", e)

for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        print(read_x(), read_len(), e)
try:
    e
except NameError as err:
    print("NameError", err)

import builtins
builtins.custom_builtin = "from builtins"

def read_custom():
    return custom_builtin

print(read_custom())
custom_builtin = "module level wins"
print(read_custom())
del custom_builtin
print(read_custom())
del builtins.custom_builtin
try:
    read_custom()
except NameError as err:
    print("NameError", err)

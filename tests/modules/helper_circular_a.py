"""First half of a circular import pair."""
print("helper_circular_a: start")
A_VALUE = "a-value"
import helper_circular_b
print("helper_circular_a: end, sees", helper_circular_b.B_VALUE)


def from_b():
    return helper_circular_b.B_VALUE

"""Second half of a circular import pair."""
print("helper_circular_b: start")
import helper_circular_a
print("helper_circular_b: partially initialised a has A_VALUE:", hasattr(helper_circular_a, "A_VALUE"))
print("helper_circular_b: a has from_b yet:", hasattr(helper_circular_a, "from_b"))
B_VALUE = "b-value"

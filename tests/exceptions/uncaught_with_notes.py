# Ends with an uncaught exception carrying notes: notes are printed after the message.
def check(values):
    for i, v in enumerate(values):
        try:
            if v < 0:
                raise ValueError(f"negative value {v}")
            print("ok", v)
        except ValueError as e:
            e.add_note(f"at index {i}")
            e.add_note("while checking values")
            raise

check([1, 2])
check([3, -4, 5])

def parse(text):
    try:
        return int(text)
    except ValueError as err:
        raise RuntimeError(f"bad number: {text!r}") from err


parse("12x")

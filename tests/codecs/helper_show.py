# Shared by the codecs programs: run a conversion, print its result or
# the exception it raised with CPython's attributes.


def show(label, f):
    try:
        result = f()
    except (UnicodeEncodeError, UnicodeDecodeError) as e:
        print(label, type(e).__name__, ascii(str(e)), e.start, e.end, ascii(e.reason), e.encoding, ascii(e.object))
    except (LookupError, TypeError, ValueError) as e:
        print(label, type(e).__name__, ascii(str(e)))
    else:
        print(label, ascii(result))

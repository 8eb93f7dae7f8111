# struct: wrong argument counts and read-only Struct attributes, worded as CPython
import struct
for expr in ['struct.pack()', 'struct.unpack("<i")', 'struct.calcsize()', 'struct.unpack_from("<i")', 'struct.pack_into("<i", bytearray(4))', 'struct.iter_unpack("<i")', 'struct.Struct()', 'struct.Struct("<i").unpack()', 'struct.Struct("<i").size', 'struct.unpack_from("<i", b"abcd", offset=0)', 'struct.unpack_from("<i", buffer=b"abcd")', 'struct.calcsize(5)', 'struct.unpack("<i", 5)', 'struct.pack_into("<i", bytearray(4), "0", 1)', 'struct.unpack_from("<i", b"abcd", 1.0)']:
    try: print(expr, '->', repr(eval(expr)))
    except Exception as e: print(expr, '=>', type(e).__name__, e)
s = struct.Struct("<i")
try:
    s.size = 5
except AttributeError as e: print(type(e).__name__, e)

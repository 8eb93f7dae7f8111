'single'
"double"
'''triple single'''
"""triple double"""
r'raw \n'
R"raw \t"
u'unicode'
U"unicode"
b'bytes'
B"bytes"
br'raw bytes \x00'
Rb'raw bytes'
bR"raw bytes"
RB'raw bytes'
rb'''triple raw bytes \\'''
f'fstring'
F"fstring"
rf'raw {x} \n'
fR"raw {x}"
Rf'raw {x}'
FR"raw {x}"
''
""
b''

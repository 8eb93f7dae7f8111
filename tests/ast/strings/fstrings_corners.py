f'{x=!r:^{w}}'
f"{'a' if x else 'b'}"
f'\N{BULLET} {x}'
f'{x!r:{y}{z}}'
f'{x=}' f'{y=}'
f'{x}' u'a'
u'a' f'{x}'
f'{{}}'
f'{x}}}{{{y}'
f'{x:{y!r}}'
f'{(lambda x: x)}'
f"{x:'>10}"
f'{x:\x41}'
f'{x!s:\N{BULLET}}'
f"""{x
+ y}"""
f'{x:{{}}>10}' if 0 else 0
f'{x:=10}'
f'{ x = }'
f'{x!r}' 'tail' "more"
f'{1:{2}}'
f'{x}' '' f''

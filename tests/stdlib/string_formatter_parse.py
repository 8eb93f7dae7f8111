import string
f=string.Formatter()
for s in ['a{0}b', '{', '}', 'a{', '{0!}', '{0!rx}', '{:{}}', '{0[}', '{a.}', '{0]x}','x{{y}}z', '{0:>{1}}', '{0', '{0[}]}', '{0!r', '{0!', 'a{{b{0}c}}d', '{!r:>5}','{0.x[1]}', '']:
  try: print(repr(s), list(f.parse(s)))
  except Exception as e: print(repr(s), type(e).__name__, e)
for s, a in [('{0[}]}', ({'}':1},)), ('{0.}', (1,)), ('{0[]}', ([1],)), ('{0]}', (1,)), ('{0[0]x}', ([1],)), ('{0!x}', (1,)), ('{} {1}', (1,2)), ('{1} {}', (1,2)), ('{:>{}}|{!r}', ('a', 4, 'b')), ('{0.real:{1}.{2}f}', (3, 8, 2)), ('{x[k]}', ())]:
  try: print(repr(s), f.format(s, *a, x={'k': 'v'}))
  except Exception as e: print(repr(s), type(e).__name__, e)
